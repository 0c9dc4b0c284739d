package dev.altlas.search.opensearch;

import java.util.function.Consumer;

/**
 * How a reindex runs.
 *
 * @param batchSize runs read and written per request
 * @param docsPerSecond throttle; 0 copies as fast as the cluster takes them
 * @param progress told after every batch and at each phase; an exception it throws stops the
 *     reindex (the checkpoint stays, so the next run resumes)
 */
public record ReindexOptions(int batchSize, int docsPerSecond, Consumer<ReindexProgress> progress) {

  public static final int DEFAULT_BATCH_SIZE = 1000;

  public ReindexOptions {
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batchSize must be 1..10000, was " + batchSize);
    }
    if (docsPerSecond < 0) {
      throw new IllegalArgumentException("docsPerSecond cannot be negative, was " + docsPerSecond);
    }
    progress = progress == null ? p -> {} : progress;
  }

  /** Batches of {@value #DEFAULT_BATCH_SIZE}, no throttle, no reports. */
  public static ReindexOptions defaults() {
    return new ReindexOptions(DEFAULT_BATCH_SIZE, 0, null);
  }

  public ReindexOptions throttled(int perSecond) {
    return new ReindexOptions(batchSize, perSecond, progress);
  }

  public ReindexOptions reporting(Consumer<ReindexProgress> listener) {
    return new ReindexOptions(batchSize, docsPerSecond, listener);
  }

  public ReindexOptions batches(int size) {
    return new ReindexOptions(size, docsPerSecond, progress);
  }
}
