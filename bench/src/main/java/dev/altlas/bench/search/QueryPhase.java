package dev.altlas.bench.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every open system answers the same queries: first its warm-up queries (others than the measured
 * ones, so the warm-up leaves no answers cached for them), then the measured rounds, a kind at a
 * time, the systems taking turns in an order that rotates from round to round, so a change in the
 * machine's load falls on all of them alike. Queries run one at a time. A system that fails is
 * closed and drops out.
 */
final class QueryPhase {
  private final SearchOptions options;
  private final Map<SearchSystem, SearchSubject> open;
  private final SizeLog log;

  private final Map<SearchSystem, Map<QueryKind, List<LatencyFigures>>> rounds =
      new EnumMap<>(SearchSystem.class);
  private final Map<SearchSystem, Map<QueryKind, List<QueryAnswer>>> answers =
      new EnumMap<>(SearchSystem.class);
  private final Map<SearchSystem, IndexShape> shapes = new EnumMap<>(SearchSystem.class);

  /**
   * @param open the systems to query, by system; a system that fails is closed and removed
   */
  QueryPhase(SearchOptions options, Map<SearchSystem, SearchSubject> open, SizeLog log) {
    this.options = options;
    this.open = open;
    this.log = log;
  }

  void run() {
    settle();
    QueryMix measured = new QueryMix(options.seed());
    QueryMix warmup = new QueryMix(~options.seed());
    Map<QueryKind, List<BenchQuery>> queries = new EnumMap<>(QueryKind.class);
    for (QueryKind kind : QueryKind.values()) {
      queries.put(kind, measured.queries(kind, options.queries()));
    }
    for (SearchSystem system : List.copyOf(open.keySet())) {
      try {
        for (QueryKind kind : QueryKind.values()) {
          for (BenchQuery query : warmup.queries(kind, options.warmup())) {
            open.get(system).search(query);
          }
        }
      } catch (RuntimeException e) {
        log.fail(system, "the query warm-up", e);
        log.close(system, open.remove(system));
      }
    }
    System.gc();
    log.quiet("the measured queries", ProcessIdle.await(IngestPhase.SETTLE));
    for (SearchSystem system : List.copyOf(open.keySet())) {
      try {
        shapes.put(system, open.get(system).shape());
      } catch (RuntimeException e) {
        log.fail(system, "reading its index's shape", e);
        log.close(system, open.remove(system));
      }
    }
    for (int round = 1; round <= options.rounds(); round++) {
      for (QueryKind kind : QueryKind.values()) {
        List<SearchSystem> turns = new ArrayList<>(open.keySet());
        Collections.rotate(turns, -(round - 1));
        for (SearchSystem system : turns) {
          round(system, kind, queries.get(kind), round);
        }
      }
    }
  }

  /**
   * Lets the merges the ingest started finish, then refreshes every index (untimed), so that the
   * queries search settled indexes and every system the same kind of segments.
   */
  private void settle() {
    if (open.isEmpty()) {
      return;
    }
    log.quiet("the queries", ProcessIdle.await(IngestPhase.SETTLE));
    for (SearchSystem system : List.copyOf(open.keySet())) {
      try {
        open.get(system).refresh();
      } catch (RuntimeException e) {
        log.fail(system, "the refresh before the queries", e);
        log.close(system, open.remove(system));
      }
    }
  }

  /** Each measured round's figures, per kind. */
  Map<QueryKind, List<LatencyFigures>> rounds(SearchSystem system) {
    return rounds.getOrDefault(system, Map.of());
  }

  /** The index as the measured rounds found it; null when they did not run. */
  IndexShape shape(SearchSystem system) {
    return shapes.get(system);
  }

  /** The answers of the first measured round, per system and kind, in query order. */
  Map<SearchSystem, Map<QueryKind, List<QueryAnswer>>> answers() {
    return answers;
  }

  private void round(SearchSystem system, QueryKind kind, List<BenchQuery> queries, int round) {
    log.probe(system, kind.label() + " round " + round + "/" + options.rounds());
    SearchSubject subject = open.get(system);
    long[] nanos = new long[queries.size()];
    List<QueryAnswer> got = new ArrayList<>(queries.size());
    try {
      long wall = System.nanoTime();
      for (int i = 0; i < queries.size(); i++) {
        long start = System.nanoTime();
        QueryAnswer answer = subject.search(queries.get(i));
        nanos[i] = System.nanoTime() - start;
        got.add(answer);
      }
      LatencyFigures figures = LatencyFigures.of(nanos, System.nanoTime() - wall);
      rounds
          .computeIfAbsent(system, s -> new EnumMap<>(QueryKind.class))
          .computeIfAbsent(kind, k -> new ArrayList<>())
          .add(figures);
      if (round == 1) {
        answers.computeIfAbsent(system, s -> new EnumMap<>(QueryKind.class)).put(kind, got);
      }
      log.say(
          system,
          "%s round %d/%d: p50 %.2f ms, p99 %.2f ms, %.0f q/s",
          kind.label(),
          round,
          options.rounds(),
          figures.p50Ms(),
          figures.p99Ms(),
          figures.perSecond());
    } catch (RuntimeException e) {
      log.fail(system, kind.label() + " queries", e);
      log.close(system, open.remove(system));
    }
  }
}
