package dev.altlas.archive;

import java.time.Instant;

/** What verification compares of one run between two copies of the archive. */
public record IndexEntry(String runId, Instant finishedAt, String digest) {

  public static IndexEntry of(ArchivedRun run) {
    return new IndexEntry(run.runId(), run.finishedAt(), run.digest());
  }
}
