package dev.altlas.archive;

import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.time.Instant;

/**
 * A {@code .last} record as the archive keeps it.
 *
 * @param sequence assigned by the archive store when the record is committed, increasing; search
 *     indexes catch up by sequence
 * @param digest SHA-256 (hex) of the record's stored form; verification compares it across copies
 * @param plan the plan that ran, when known (runs from this installation); null for uploads of a
 *     bare {@code .last}
 * @param embedding of the command, for semantic search and plan reuse; null when no model gave one
 */
public record ArchivedRun(
    long sequence,
    Instant archivedAt,
    String digest,
    RunResult result,
    Plan plan,
    Embedding embedding) {

  public String runId() {
    return result.runId();
  }

  /** When the run finished, or when it was archived if the record does not say. */
  public Instant finishedAt() {
    return result.finishedAt() != null ? result.finishedAt() : archivedAt;
  }
}
