package dev.altlas.bench.search;

import dev.altlas.bench.Stats;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What one system measured at one archive size.
 *
 * @param ingestPerSecond records per second of each ingest round
 * @param shape the index as the measured queries found it; null when they did not run
 * @param rounds per kind of query, each measured round
 * @param problem why it stopped early, or null
 */
record SystemFigures(
    SearchSystem system,
    List<Double> ingestPerSecond,
    IndexShape shape,
    Map<QueryKind, List<LatencyFigures>> rounds,
    String problem) {

  SystemFigures {
    ingestPerSecond = List.copyOf(ingestPerSecond);
    Map<QueryKind, List<LatencyFigures>> copy = new EnumMap<>(QueryKind.class);
    rounds.forEach((kind, figures) -> copy.put(kind, List.copyOf(figures)));
    rounds = copy;
  }

  boolean ingested() {
    return !ingestPerSecond.isEmpty();
  }

  double ingestRate() {
    return Stats.median(ingestPerSecond);
  }

  boolean queried(QueryKind kind) {
    return !rounds.getOrDefault(kind, List.of()).isEmpty();
  }

  /** The median over the rounds of one figure of one kind of query. */
  double median(QueryKind kind, ToDoubleFunction<LatencyFigures> figure) {
    return Stats.median(rounds.get(kind).stream().map(figure::applyAsDouble).toList());
  }
}
