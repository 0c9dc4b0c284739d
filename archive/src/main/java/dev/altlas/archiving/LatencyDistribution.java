package dev.altlas.archiving;

import java.util.Arrays;

/**
 * Durations in milliseconds, for nearest-rank percentiles in bounded memory.
 *
 * <p>The first {@value #EXACT_LIMIT} values are also kept as they are, so small groups get exact
 * percentiles. Beyond that only a histogram of logarithmic buckets is kept: at most 57 chunks of
 * 128 counters, allocated as values reach them (durations from 1 ms to an hour touch 16). Values
 * below 256 ms have a bucket each; above, a bucket spans {@code 2^(e-7)} values, where {@code 2^e}
 * is the largest power of two not above the value, so every bucket is narrower than 1/128 of its
 * values. A percentile is then reported as the top of its bucket (never above the largest value
 * seen): exact below 256 ms, otherwise at most 1/128 (0.78 %) above the exact nearest-rank value,
 * and never below it.
 */
final class LatencyDistribution {
  /** How many values are kept exactly before only the histogram counts. */
  static final int EXACT_LIMIT = 1024;

  private static final int SUB_BITS = 7;
  private static final int SUB = 1 << SUB_BITS;

  /** Chunk 0 holds 0..127; chunk c ≥ 1 holds {@code [2^(c+6), 2^(c+7))}. */
  private final long[][] chunks = new long[Long.SIZE - SUB_BITS][];

  private final int exactLimit;
  private long[] exact = new long[4];
  private long count;
  private long max;

  LatencyDistribution() {
    this(EXACT_LIMIT);
  }

  /**
   * @param exactLimit values kept exactly; 0 to use only the histogram
   */
  LatencyDistribution(int exactLimit) {
    this.exactLimit = exactLimit;
  }

  /** Counts one duration; negative ones (clock steps) count as 0. */
  void add(long millis) {
    long v = Math.max(0, millis);
    int chunk;
    int sub;
    if (v < SUB) {
      chunk = 0;
      sub = (int) v;
    } else {
      int e = 63 - Long.numberOfLeadingZeros(v);
      chunk = e - SUB_BITS + 1;
      sub = (int) ((v >>> (e - SUB_BITS)) - SUB);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new long[SUB];
    }
    chunks[chunk][sub]++;
    if (count < exactLimit) {
      if (count == exact.length) {
        exact = Arrays.copyOf(exact, Math.min(exactLimit, exact.length * 2));
      }
      exact[(int) count] = v;
    } else {
      // From here on the histogram answers.
      exact = null;
    }
    count++;
    max = Math.max(max, v);
  }

  long count() {
    return count;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent}% of the values at
   * or below it (exact up to the limit, then within the bucket error above); 0 when nothing was
   * counted.
   *
   * @param percent 1..100
   */
  long percentile(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1..100, was " + percent);
    }
    if (count == 0) {
      return 0;
    }
    long rank = Math.ceilDiv(Math.multiplyExact(count, percent), 100L);
    if (count <= exactLimit) {
      long[] sorted = Arrays.copyOf(exact, (int) count);
      Arrays.sort(sorted);
      return sorted[(int) rank - 1];
    }
    long seen = 0;
    for (int c = 0; c < chunks.length; c++) {
      if (chunks[c] == null) {
        continue;
      }
      for (int s = 0; s < SUB; s++) {
        seen += chunks[c][s];
        if (seen >= rank) {
          return Math.min(top(c, s), max);
        }
      }
    }
    return max;
  }

  /** The largest value bucket {@code (chunk, sub)} holds. */
  private static long top(int chunk, int sub) {
    if (chunk == 0) {
      return sub;
    }
    int shift = chunk - 1;
    long low = (long) (sub + SUB) << shift;
    return low + (1L << shift) - 1;
  }
}
