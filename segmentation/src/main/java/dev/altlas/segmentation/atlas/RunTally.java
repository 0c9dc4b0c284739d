package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.RunStatus;
import java.time.Instant;

/** How many runs of a shape there were, how many succeeded, when the last one finished. */
final class RunTally {
  private final EmbeddingMean embeddings = new EmbeddingMean();
  private long runs;
  private long succeeded;
  private Instant lastSeen;

  static boolean succeeded(ArchivedRun run) {
    return run.result().status() == RunStatus.SUCCEEDED;
  }

  void add(ArchivedRun run) {
    runs++;
    if (succeeded(run)) {
      succeeded++;
    }
    seen(run.finishedAt());
    embeddings.add(run.embedding());
  }

  void addAll(RunTally other) {
    runs += other.runs;
    succeeded += other.succeeded;
    seen(other.lastSeen);
    embeddings.addAll(other.embeddings);
  }

  private void seen(Instant at) {
    if (at != null && (lastSeen == null || at.isAfter(lastSeen))) {
      lastSeen = at;
    }
  }

  long runs() {
    return runs;
  }

  double successRate() {
    return runs == 0 ? 0 : (double) succeeded / runs;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  EmbeddingMean embeddings() {
    return embeddings;
  }
}
