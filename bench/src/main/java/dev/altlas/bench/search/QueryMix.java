package dev.altlas.bench.search;

import dev.altlas.model.RunStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The queries of a run, the same for a given seed: half in Turkish and half in English, each word a
 * topic (any of them alike, so most are selective and a few match a large part of the archive) or,
 * one time in four, a word many runs share. Text and faceted queries have one word (three times in
 * five) or two. Filtered queries have one word and the filters people use: the succeeded runs, the
 * failed ones, or those that failed or partly failed; a time range of one to six months; and one
 * task type, picked as a task of a random kind of run (so common types come up more often).
 */
final class QueryMix {
  private static final List<Set<String>> STATUS_FILTERS =
      List.of(
          Set.of(wire(RunStatus.SUCCEEDED)),
          Set.of(wire(RunStatus.FAILED)),
          Set.of(wire(RunStatus.FAILED), wire(RunStatus.PARTIALLY_SUCCEEDED)));

  private final long seed;

  QueryMix(long seed) {
    this.seed = seed;
  }

  /** {@code count} queries of this kind. */
  List<BenchQuery> queries(QueryKind kind, int count) {
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom random =
          new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind.ordinal() * 1_000_003L + i);
      queries.add(query(kind, random));
    }
    return queries;
  }

  private static BenchQuery query(QueryKind kind, SplittableRandom random) {
    Vocabulary words = random.nextBoolean() ? Vocabulary.TURKISH : Vocabulary.ENGLISH;
    LinkedHashSet<String> text = new LinkedHashSet<>();
    int count = kind == QueryKind.FILTERED || random.nextInt(5) < 3 ? 1 : 2;
    while (text.size() < count) {
      text.add(
          random.nextInt(4) == 0
              ? pick(words.searchWords(), random)
              : pick(words.topics(), random));
    }
    if (kind != QueryKind.FILTERED) {
      return new BenchQuery(
          kind, List.copyOf(text), Set.of(), Set.of(), null, null, kind == QueryKind.FACETED);
    }
    Instant since =
        ArchiveRecords.FIRST_FINISH.plus(
            random.nextInt((int) ArchiveRecords.SPAN.toDays() - 30), ChronoUnit.DAYS);
    Instant until = since.plus(30 + random.nextInt(151), ChronoUnit.DAYS);
    return new BenchQuery(
        kind,
        List.copyOf(text),
        pick(STATUS_FILTERS, random),
        Set.of(pick(pick(Vocabulary.PIPELINES, random), random)),
        since,
        until,
        false);
  }

  private static String wire(RunStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
