package dev.altlas.bench;

import java.util.Arrays;
import java.util.Collection;

/** The two statistics the report uses: percentiles of latencies and medians of rounds. */
public final class Stats {
  private Stats() {}

  /**
   * The nearest-rank percentile: the smallest value that at least {@code p} percent of the values
   * are less than or equal to.
   *
   * @param sorted values in ascending order, at least one
   * @param p in (0, 100]
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values to take a percentile of");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The median; the mean of the two middle values when there is an even number of them. */
  public static double median(Collection<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to take the median of");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
