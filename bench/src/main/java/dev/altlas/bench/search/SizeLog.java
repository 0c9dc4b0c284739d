package dev.altlas.bench.search;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The progress lines of one archive size, its speed probes, and the first problem of each system
 * that had one.
 */
final class SizeLog {
  private final int records;
  private final PrintStream progress;
  private final Map<SearchSystem, String> problems = new EnumMap<>(SearchSystem.class);
  private final SpeedProbe probe = new SpeedProbe();

  SizeLog(int records, PrintStream progress) {
    this.records = records;
    this.progress = progress;
  }

  void say(SearchSystem system, String format, Object... args) {
    progress.printf(
        Locale.ROOT,
        "[search] %,d records, %s: %s%n",
        records,
        system.key(),
        String.format(Locale.ROOT, format, args));
  }

  /** Says how long the process took to go quiet before a phase. */
  void quiet(String phase, Duration waited) {
    progress.printf(
        Locale.ROOT,
        "[search] %,d records: quiet after %.1f s, before %s%n",
        records,
        waited.toMillis() / 1000.0,
        phase);
  }

  /** Times the {@link SpeedProbe} before a timed phase of {@code system} and says how long. */
  void probe(SearchSystem system, String phase) {
    say(system, "%s: speed probe %.0f ms", phase, probe.measure());
  }

  /** Every probe time so far, in milliseconds. */
  List<Double> probeMillis() {
    return probe.millis();
  }

  void fail(SearchSystem system, String during, RuntimeException e) {
    String problem =
        system.key() + " failed during " + during + " at " + records + " records: " + e;
    problems.putIfAbsent(system, problem);
    progress.println("[search] " + problem);
  }

  /** Closes a subject; a failure to close is the system's problem too. */
  void close(SearchSystem system, SearchSubject subject) {
    try {
      subject.close();
    } catch (RuntimeException e) {
      problems.putIfAbsent(system, system.key() + ": cannot close its index: " + e);
    }
  }

  boolean failed(SearchSystem system) {
    return problems.containsKey(system);
  }

  String problem(SearchSystem system) {
    return problems.get(system);
  }
}
