package dev.altlas.archiving;

/** An uploaded {@code .last} record the archive will not take; the message says why. */
public final class RefusedUploadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String runId;

  RefusedUploadException(String runId, String reason) {
    super(reason);
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }
}
