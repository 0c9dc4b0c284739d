package dev.altlas.bench;

import java.time.Duration;
import java.util.List;

/**
 * What to run and how hard; the defaults fit a 2-core machine and one full run takes a few minutes.
 *
 * @param units plans (ALT_LAS) or jobs (the others) per round
 * @param rounds measured rounds per system, after one warm-up round
 * @param workers how many units each system may run at once
 * @param poolSize database connections each system gets
 * @param submitters threads submitting work, shared by all systems alike
 * @param roundTimeout a round not finished by then stops its system
 * @param systems the keys of the systems to run, in order
 */
record BenchOptions(
    int units,
    int rounds,
    int workers,
    int poolSize,
    int submitters,
    Duration roundTimeout,
    List<String> systems) {

  static final List<String> ALL_SYSTEMS =
      List.of("altlas-h2", "altlas-pg", "altlas-pg-1", "db-scheduler", "jobrunr");

  static final BenchOptions DEFAULTS =
      new BenchOptions(2000, 3, 10, 10, 2, Duration.ofMinutes(2), ALL_SYSTEMS);

  BenchOptions {
    systems = List.copyOf(systems);
    positive("--units", units);
    positive("--rounds", rounds);
    positive("--workers", workers);
    positive("--pool", poolSize);
    positive("--submitters", submitters);
    if (roundTimeout.isNegative() || roundTimeout.isZero()) {
      throw new IllegalArgumentException("--round-timeout must be at least 1 second");
    }
    for (String s : systems) {
      if (!ALL_SYSTEMS.contains(s)) {
        throw new IllegalArgumentException(
            "unknown system '" + s + "'; the systems are " + String.join(", ", ALL_SYSTEMS));
      }
    }
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("--systems names no system");
    }
  }

  private static void positive(String flag, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(flag + " must be at least 1, was " + value);
    }
  }

  static final String USAGE =
      """
      usage: bench/run [options]
        --units N            plans (ALT_LAS) or jobs (others) per round      (default 2000)
        --rounds R           measured rounds per system, after one warm-up   (default 3)
        --workers W          units each system runs at once                  (default 10)
        --pool P             database connections per system                 (default 10)
        --submitters S       threads submitting work                         (default 2)
        --round-timeout SEC  a round still running then stops its system     (default 120)
        --systems a,b,...    which systems, of %s
        --help               this text"""
          .formatted(String.join(",", ALL_SYSTEMS));

  /**
   * @throws IllegalArgumentException naming the bad argument
   */
  static BenchOptions parse(String... args) {
    int units = DEFAULTS.units;
    int rounds = DEFAULTS.rounds;
    int workers = DEFAULTS.workers;
    int poolSize = DEFAULTS.poolSize;
    int submitters = DEFAULTS.submitters;
    Duration roundTimeout = DEFAULTS.roundTimeout;
    List<String> systems = DEFAULTS.systems;
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + flag);
      }
      String value = args[i + 1];
      switch (flag) {
        case "--units" -> units = OptionValues.integer(flag, value);
        case "--rounds" -> rounds = OptionValues.integer(flag, value);
        case "--workers" -> workers = OptionValues.integer(flag, value);
        case "--pool" -> poolSize = OptionValues.integer(flag, value);
        case "--submitters" -> submitters = OptionValues.integer(flag, value);
        case "--round-timeout" ->
            roundTimeout = Duration.ofSeconds(OptionValues.integer(flag, value));
        case "--systems" -> systems = OptionValues.list(value);
        default -> throw new IllegalArgumentException("unknown option: " + flag);
      }
    }
    return new BenchOptions(units, rounds, workers, poolSize, submitters, roundTimeout, systems);
  }
}
