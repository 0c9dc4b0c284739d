package dev.altlas.segmentation.atlas;

/**
 * When the atlas planner trusts a pattern.
 *
 * @param minSuccessRate the share of a pattern's runs that must have succeeded, 0..1
 * @param minRuns how many runs a pattern must have
 * @param minSimilarity how close (cosine, -1..1) a pattern's embedding must be to the command's for
 *     a match by meaning when the shapes differ
 */
public record ReuseSettings(double minSuccessRate, long minRuns, double minSimilarity) {

  public ReuseSettings {
    if (!(minSuccessRate >= 0 && minSuccessRate <= 1)) {
      throw new IllegalArgumentException("minSuccessRate must be 0..1, was " + minSuccessRate);
    }
    if (minRuns < 0) {
      throw new IllegalArgumentException("minRuns must be 0 or more, was " + minRuns);
    }
    if (!(minSimilarity >= -1 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be -1..1, was " + minSimilarity);
    }
  }

  /** Reuse what succeeded at least four times in five, once is enough; meaning from 0.85. */
  public static ReuseSettings defaults() {
    return new ReuseSettings(0.8, 1, 0.85);
  }
}
