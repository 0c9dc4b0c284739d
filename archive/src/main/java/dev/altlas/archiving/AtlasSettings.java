package dev.altlas.archiving;

/**
 * How an atlas is derived.
 *
 * @param source the installation's name, written into the atlas so an import can say where it came
 *     from; null to leave it out
 * @param threshold a group whose success rate is below this raises a low-success alert, 0..1
 * @param minSamples a group raises an alert only with at least this many samples (tasks for task
 *     types and models, runs for modes and personas), so one early failure raises none
 * @param maxFailures how many failure patterns the atlas lists, the most frequent
 * @param batchSize records read from the archive store at once
 */
public record AtlasSettings(
    String source, double threshold, long minSamples, int maxFailures, int batchSize) {

  public AtlasSettings {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be 0..1, was " + threshold);
    }
    if (minSamples < 1) {
      throw new IllegalArgumentException("minSamples must be at least 1, was " + minSamples);
    }
    if (maxFailures < 0) {
      throw new IllegalArgumentException("maxFailures must not be negative, was " + maxFailures);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
  }

  /** Alerts below 50 % success with at least 5 samples; the 50 most frequent failures. */
  public static AtlasSettings defaults() {
    return new AtlasSettings(null, 0.5, 5, 50, ArchiveSettings.DEFAULT_BATCH_SIZE);
  }

  public AtlasSettings withSource(String value) {
    return new AtlasSettings(value, threshold, minSamples, maxFailures, batchSize);
  }

  public AtlasSettings withAlerts(double belowRate, long atLeastSamples) {
    return new AtlasSettings(source, belowRate, atLeastSamples, maxFailures, batchSize);
  }

  public AtlasSettings withBatchSize(int value) {
    return new AtlasSettings(source, threshold, minSamples, maxFailures, value);
  }
}
