package dev.altlas.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts over every run a query matches.
 *
 * @param terms per field, the {@value #TOP} most frequent values, most frequent first (ties by
 *     value)
 * @param histogram runs per time bucket of finish time, oldest first, only buckets with runs
 * @param successRates runs per success-rate bucket, every bucket of {@link RateBucket#BOUNDS}
 */
public record Facets(
    Map<FacetField, List<Count>> terms, List<DateBucket> histogram, List<RateBucket> successRates) {

  /** How many values per field are returned. */
  public static final int TOP = 10;

  public Facets {
    terms = Map.copyOf(terms);
    histogram = List.copyOf(histogram);
    successRates = List.copyOf(successRates);
  }

  /** The fields counted. */
  public enum FacetField {
    STATUS,
    TASK_TYPE,
    MODEL,
    MODE,
    PERSONA,
    LANGUAGE,
    TAG
  }

  public record Count(String value, long count) {}

  /** Runs that finished in {@code [start, start + interval)}. */
  public record DateBucket(Instant start, long count) {}

  /**
   * Runs whose success rate is in {@code [from, to)}; the last bucket is exactly 1 (every task
   * succeeded).
   */
  public record RateBucket(String key, double from, double to, long count) {

    /** The bucket edges: [0, .25), [.25, .5), [.5, .75), [.75, 1), [1, 1]. */
    public static final List<RateBucket> BOUNDS =
        List.of(
            new RateBucket("0-25%", 0, 0.25, 0),
            new RateBucket("25-50%", 0.25, 0.5, 0),
            new RateBucket("50-75%", 0.5, 0.75, 0),
            new RateBucket("75-99%", 0.75, 1, 0),
            new RateBucket("100%", 1, 1, 0));

    public boolean contains(double rate) {
      return from == to ? rate >= from : rate >= from && rate < to;
    }

    public RateBucket withCount(long value) {
      return new RateBucket(key, from, to, value);
    }
  }
}
