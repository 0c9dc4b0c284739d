package dev.altlas.bench.search;

import dev.altlas.bench.OptionValues;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the search benchmark runs and how much.
 *
 * @param records archive sizes, one table each, in order
 * @param systems which systems, in order
 * @param queries measured queries per kind and round
 * @param warmup queries per kind each system runs before the measured rounds (other queries)
 * @param rounds measured query rounds; the table shows their medians
 * @param ingestRounds times each system indexes the archive into a fresh index; the table shows the
 *     median rate, and the last index is the one queried
 * @param batch runs per {@code index} call
 * @param seed makes the records and the queries
 */
record SearchOptions(
    List<Integer> records,
    List<SearchSystem> systems,
    int queries,
    int warmup,
    int rounds,
    int ingestWarmup,
    int ingestRounds,
    int batch,
    long seed) {

  static final SearchOptions DEFAULTS =
      new SearchOptions(
          List.of(100_000), List.of(SearchSystem.values()), 200, 50, 3, 10_000, 1, 1000, 42);

  static final String USAGE =
      """
      usage: bench/run search [options]
        --records N,M,...     archive sizes, e.g. 100000,1000000 or 100k,1m   (default 100000)
        --systems a,b,...     of %s  (default all)
        --queries Q           measured queries per kind and round             (default 200)
        --warmup W            warm-up queries per kind and system             (default 50)
        --rounds R            measured query rounds                           (default 3)
        --ingest-warmup N     records indexed untimed first, per system       (default 10000)
        --ingest-rounds I     times each system indexes the archive afresh    (default 1)
        --batch B             runs per bulk index call                        (default 1000)
        --seed S              makes the records and the queries               (default 42)
        --help                this text"""
          .formatted(
              String.join(
                  ",", Arrays.stream(SearchSystem.values()).map(SearchSystem::key).toList()));

  SearchOptions {
    records = List.copyOf(records);
    systems = List.copyOf(systems);
    if (records.isEmpty() || systems.isEmpty()) {
      throw new IllegalArgumentException("--records and --systems must name at least one");
    }
    for (int n : records) {
      positive("--records", n);
    }
    positive("--queries", queries);
    if (warmup < 0 || ingestWarmup < 0) {
      throw new IllegalArgumentException("--warmup and --ingest-warmup cannot be negative");
    }
    positive("--rounds", rounds);
    positive("--ingest-rounds", ingestRounds);
    positive("--batch", batch);
  }

  /**
   * @throws IllegalArgumentException naming the bad argument
   */
  static SearchOptions parse(String... args) {
    SearchOptions o = DEFAULTS;
    List<Integer> records = o.records;
    List<SearchSystem> systems = o.systems;
    int queries = o.queries;
    int warmup = o.warmup;
    int rounds = o.rounds;
    int ingestWarmup = o.ingestWarmup;
    int ingestRounds = o.ingestRounds;
    int batch = o.batch;
    long seed = o.seed;
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + flag);
      }
      String value = args[i + 1];
      switch (flag) {
        case "--records" ->
            records = OptionValues.list(value).stream().map(v -> count(flag, v)).toList();
        case "--systems" ->
            systems = OptionValues.list(value).stream().map(SearchSystem::byKey).toList();
        case "--queries" -> queries = count(flag, value);
        case "--warmup" -> warmup = count(flag, value);
        case "--rounds" -> rounds = count(flag, value);
        case "--ingest-warmup" -> ingestWarmup = count(flag, value);
        case "--ingest-rounds" -> ingestRounds = count(flag, value);
        case "--batch" -> batch = count(flag, value);
        case "--seed" -> seed = OptionValues.whole(flag, value);
        default -> throw new IllegalArgumentException("unknown option: " + flag);
      }
    }
    return new SearchOptions(
        records, systems, queries, warmup, rounds, ingestWarmup, ingestRounds, batch, seed);
  }

  private static void positive(String flag, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1, was " + value);
    }
  }

  /** A whole number, with an optional {@code k} (thousand) or {@code m} (million). */
  private static int count(String flag, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    long factor = 1;
    if (v.endsWith("k")) {
      factor = 1_000;
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      factor = 1_000_000;
      v = v.substring(0, v.length() - 1);
    }
    try {
      return Math.toIntExact(OptionValues.whole(flag, v) * factor);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(flag + " is too large: " + value, e);
    }
  }
}
