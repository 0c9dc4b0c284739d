package dev.altlas.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the report: the machine, one row per system with the medians of its measured rounds, and
 * ALT_LAS's ratios to the other systems on the same PostgreSQL.
 */
final class ResultTable {
  private static final String ALTLAS = "ALT_LAS";
  private static final String BASELINE = "db-scheduler";
  private static final String ROW = "%-13s %-11s %-12s %9s %6s %9s %9s %7s %7s%n";

  private final BenchOptions options;
  private final MachineInfo machine;
  private final Map<String, String> databases;

  ResultTable(BenchOptions options, MachineInfo machine, Map<String, String> databases) {
    this.options = options;
    this.machine = machine;
    this.databases = databases;
  }

  void print(List<SubjectResult> results, PrintStream out) {
    header(out);
    List<SubjectResult> measured = results.stream().filter(SubjectResult::measured).toList();
    SubjectResult base =
        measured.stream()
            .filter(r -> r.spec().key().equals(BASELINE))
            .findFirst()
            .orElse(measured.isEmpty() ? null : measured.getFirst());
    out.println();
    out.printf(
        ROW,
        "system",
        "database",
        "unit",
        "per s",
        "x base",
        "p50 ms",
        "p99 ms",
        "failed",
        "spread");
    for (SubjectResult r : results) {
      SubjectSpec s = r.spec();
      if (!r.measured()) {
        out.printf(ROW, s.system(), s.database(), s.unit(), "-", "-", "-", "-", "-", "-");
        continue;
      }
      out.printf(
          ROW,
          s.system(),
          s.database(),
          s.unit(),
          number(r.perSecond()),
          ratio(r.perSecond() / base.perSecond()),
          number(r.p50Ms()),
          number(r.p99Ms()),
          r.failed(),
          "+/-" + Math.round(r.spread() * 50) + "%");
    }
    if (base != null) {
      out.printf(
          "per s: units finished per second, first submission to last stored result;%n"
              + "x base: throughput / %s's (%s, %s); spread: (max - min) / 2 of the rounds'"
              + " throughputs, against their median%n",
          base.spec().system(), base.spec().database(), base.spec().unit());
    }
    ratios(measured, out);
    details(results, out);
  }

  private void header(PrintStream out) {
    out.printf(
        "ALT_LAS runner benchmark: %d units per round, 1 warm-up + %d measured rounds per system;"
            + " medians of the measured rounds%n",
        options.units(), options.rounds());
    out.println("machine:    " + machine.describe());
    databases.forEach((name, what) -> out.printf("%-11s %s%n", name + ":", what));
    out.printf(
        "load:       %d submitter threads, as fast as they go, for every system alike; each system"
            + " runs at most %d units at once on a pool of %d connections%n",
        options.submitters(), options.workers(), options.poolSize());
    out.println("latency:    from the start of the submit call to the stored result (see below)");
  }

  /** ALT_LAS on PostgreSQL against each other system: ours / theirs. */
  private static void ratios(List<SubjectResult> measured, PrintStream out) {
    List<SubjectResult> ours =
        measured.stream()
            .filter(r -> r.spec().system().equals(ALTLAS))
            .filter(r -> r.spec().database().equals("PostgreSQL"))
            .toList();
    List<SubjectResult> theirs =
        measured.stream().filter(r -> !r.spec().system().equals(ALTLAS)).toList();
    if (ours.isEmpty() || theirs.isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "ALT_LAS / other system, same PostgreSQL, same run (throughput > 1 and latency < 1 favour"
            + " ALT_LAS):");
    String row = "%-48s %7s %7s %7s%n";
    out.printf(row, "", "per s", "p50", "p99");
    for (SubjectResult them : theirs) {
      for (SubjectResult us : ours) {
        out.printf(
            row,
            "ALT_LAS " + us.spec().unit() + " / " + them.spec().system() + " " + them.spec().unit(),
            ratio(us.perSecond() / them.perSecond()),
            ratio(us.p50Ms() / them.p50Ms()),
            ratio(us.p99Ms() / them.p99Ms()));
      }
    }
    out.println(
        "A 2-task plan is two tasks run one after the other (b depends on a) and a job is one task:"
            + " the 1-task plan rows are the like-for-like ones.");
  }

  private static void details(List<SubjectResult> results, PrintStream out) {
    out.println();
    out.println("settings:");
    for (SubjectResult r : results) {
      SubjectSpec s = r.spec();
      out.printf(
          "  %-40s %s%n", s.system() + " on " + s.database() + ", " + s.unit() + ":", s.settings());
    }
    var storedAt = new LinkedHashMap<String, String>();
    results.forEach(r -> storedAt.putIfAbsent(r.spec().system(), r.spec().storedAt()));
    out.println("where a unit's latency ends:");
    storedAt.forEach((system, where) -> out.printf("  %-13s %s%n", system + ":", where));
    List<String> problems =
        results.stream().map(SubjectResult::problem).filter(p -> p != null).toList();
    if (!problems.isEmpty()) {
      out.println("problems:");
      problems.forEach(p -> out.println("  " + p));
    }
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
