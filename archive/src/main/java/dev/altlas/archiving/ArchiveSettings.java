package dev.altlas.archiving;

import java.time.Duration;
import java.util.Objects;

/**
 * How the archive keeps its search index caught up.
 *
 * @param indexName names the index's checkpoints in the archive store ({@code index:NAME}, {@code
 *     purge:NAME}), e.g. {@code lucene} or {@code opensearch}; two indexes fed from one store need
 *     two names
 * @param batchSize records read from the store and written to the index at once while catching up
 * @param interval how often catch-up runs while the index is healthy besides after every add, to
 *     pick up records added by other processes
 * @param minBackoff the first wait after the index failed; it doubles with every failure
 * @param maxBackoff the longest wait between attempts while the index keeps failing
 */
public record ArchiveSettings(
    String indexName, int batchSize, Duration interval, Duration minBackoff, Duration maxBackoff) {

  public static final int DEFAULT_BATCH_SIZE = 500;

  public ArchiveSettings {
    Objects.requireNonNull(indexName, "indexName");
    if (!indexName.matches("[a-z][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "the index name must be lower-case letters, digits, '_' or '-', was '" + indexName + "'");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    requirePositive(interval, "interval");
    requirePositive(minBackoff, "minBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be below minBackoff");
    }
  }

  /**
   * Catch-up every minute; after a failure wait 1 s, doubling up to 30 s (the index is only found
   * back by trying, so the longest wait is how late search catches up after an outage).
   */
  public static ArchiveSettings defaults(String indexName) {
    return new ArchiveSettings(
        indexName,
        DEFAULT_BATCH_SIZE,
        Duration.ofMinutes(1),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30));
  }

  public ArchiveSettings withBatchSize(int value) {
    return new ArchiveSettings(indexName, value, interval, minBackoff, maxBackoff);
  }

  public ArchiveSettings withTiming(
      Duration every, Duration firstBackoff, Duration longestBackoff) {
    return new ArchiveSettings(indexName, batchSize, every, firstBackoff, longestBackoff);
  }

  /** The checkpoint holding the highest sequence up to which every record is in the index. */
  public String indexCheckpoint() {
    return "index:" + indexName;
  }

  /** The checkpoint marking deletes from the index that retention could not finish. */
  public String purgeCheckpoint() {
    return "purge:" + indexName;
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
  }
}
