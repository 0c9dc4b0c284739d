package dev.altlas.orchestrator.routing;

/**
 * Whom a model call is made for, for token accounting.
 *
 * @param runId null outside a run
 * @param user null when not known
 */
public record Caller(String runId, String user) {
  public static final Caller UNKNOWN = new Caller(null, null);
}
