package dev.altlas.bench.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything measured at one archive size.
 *
 * @param medianTotals per kind of query, the median number of hits of its queries
 * @param probeMillis the {@link SpeedProbe} times taken before the timed phases
 * @param took wall time of the whole size, ingest and queries
 */
record SizeResult(
    int records,
    List<SystemFigures> systems,
    List<AnswerCheck> checks,
    Map<QueryKind, Long> medianTotals,
    List<Double> probeMillis,
    Duration took) {

  SizeResult {
    systems = List.copyOf(systems);
    checks = List.copyOf(checks);
    medianTotals = Map.copyOf(medianTotals);
    probeMillis = List.copyOf(probeMillis);
  }
}
