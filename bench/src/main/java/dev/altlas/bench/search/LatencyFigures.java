package dev.altlas.bench.search;

import dev.altlas.bench.Stats;
import java.util.Arrays;

/**
 * One round of one kind of query on one system: the queries run one after the other.
 *
 * @param p50Ms median latency of a query, from the call to the answer
 * @param p99Ms 99th percentile of the same
 * @param perSecond queries over the round's wall time
 */
record LatencyFigures(double p50Ms, double p99Ms, double perSecond) {

  static LatencyFigures of(long[] nanos, long wallNanos) {
    double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    return new LatencyFigures(
        Stats.percentile(ms, 50), Stats.percentile(ms, 99), nanos.length / (wallNanos / 1e9));
  }
}
