package dev.altlas.archiving;

import dev.altlas.model.OutcomeStats;
import dev.altlas.model.StatDimension;

/** Outcomes of one group of tasks or runs, counted as they stream past. */
final class OutcomeTally {
  private long count;
  private long succeeded;
  private final LatencyDistribution latencies = new LatencyDistribution();

  /**
   * @param durationMs null when the record does not say; the outcome still counts, the latency not
   */
  void add(boolean success, Long durationMs) {
    count++;
    if (success) {
      succeeded++;
    }
    if (durationMs != null) {
      latencies.add(durationMs);
    }
  }

  long count() {
    return count;
  }

  double successRate() {
    return count == 0 ? 0 : (double) succeeded / count;
  }

  /** Percentiles are over the samples that had a duration; 0 when none had. */
  OutcomeStats stats(StatDimension dimension, String key) {
    return new OutcomeStats(
        dimension,
        key,
        count,
        successRate(),
        latencies.percentile(50),
        latencies.percentile(95),
        latencies.percentile(99));
  }
}
