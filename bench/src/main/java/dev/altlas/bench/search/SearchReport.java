package dev.altlas.bench.search;

import dev.altlas.bench.MachineInfo;
import dev.altlas.bench.Stats;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Prints one archive size's table: the setting, one row per system (medians of its rounds), our
 * adapters' ratios to their raw baselines, and whether the systems' answers agree.
 */
final class SearchReport {
  private static final String HEAD = "%-28s %8s %7s %5s";
  private static final String KIND = " | %7s %7s %7s";

  private final SearchOptions options;
  private final MachineInfo machine;
  private final String cluster;

  /**
   * @param cluster the OpenSearch cluster, described; null when no OpenSearch system ran
   */
  SearchReport(SearchOptions options, MachineInfo machine, String cluster) {
    this.options = options;
    this.machine = machine;
    this.cluster = cluster;
  }

  void print(SizeResult result, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "ALT_LAS archive search benchmark: %,d records (seed %d), %s, %.0f s%n",
        result.records(),
        options.seed(),
        LocalDate.now(ZoneOffset.UTC),
        result.took().toMillis() / 1000.0);
    out.println("machine:    " + machine.describe());
    if (cluster != null) {
      out.println("opensearch: " + cluster);
    }
    out.printf(
        Locale.ROOT,
        "ingest:     batches of %d runs, then one refresh (durable and visible); %d round(s),"
            + " median, after %d records untimed; generating the records is not timed%n",
        options.batch(),
        options.ingestRounds(),
        options.ingestWarmup());
    out.printf(
        Locale.ROOT,
        "queries:    per kind %d measured queries x %d rounds after %d warm-up queries, one at a"
            + " time; medians of the rounds%n",
        options.queries(),
        options.rounds(),
        options.warmup());
    out.printf(
        Locale.ROOT,
        "            every query: first %d hits by relevance and the exact total; median hits per"
            + " query: %s%n",
        BenchQuery.PAGE,
        String.join(
            ", ",
            result.medianTotals().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + e.getValue())
                .toList()));
    if (!result.probeMillis().isEmpty()) {
      DoubleSummaryStatistics probes =
          result.probeMillis().stream().mapToDouble(Double::doubleValue).summaryStatistics();
      out.printf(
          Locale.ROOT,
          "speed:      one fixed piece of work (generating %,d records) took %.0f to %.0f ms, median"
              + " %.0f, before the %d timed phases: the machine's speed drifted that much%n",
          SpeedProbe.RECORDS,
          probes.getMin(),
          probes.getMax(),
          Stats.median(result.probeMillis()),
          probes.getCount());
    }
    out.println();
    header(out);
    for (SystemFigures s : result.systems()) {
      row(s, out);
    }
    ratios(result.systems(), out);
    answers(result.checks(), out);
    List<String> problems =
        result.systems().stream().map(SystemFigures::problem).filter(p -> p != null).toList();
    if (!problems.isEmpty()) {
      out.println("problems:");
      problems.forEach(p -> out.println("  " + p));
    }
  }

  private static void header(PrintStream out) {
    StringBuilder first =
        new StringBuilder(String.format(Locale.ROOT, HEAD, "", "ingest", "index", "index"));
    StringBuilder second =
        new StringBuilder(String.format(Locale.ROOT, HEAD, "system", "rec/s", "MiB", "segs"));
    for (QueryKind kind : QueryKind.values()) {
      first.append(String.format(Locale.ROOT, " | %-23s", center(kind.label(), 23)));
      second.append(String.format(Locale.ROOT, KIND, "p50 ms", "p99 ms", "q/s"));
    }
    out.println(first);
    out.println(second);
  }

  private static void row(SystemFigures s, PrintStream out) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                HEAD,
                s.system().key(),
                s.ingested() ? number(s.ingestRate()) : "-",
                s.shape() == null ? "-" : number(s.shape().bytes() / 1048576.0),
                s.shape() == null ? "-" : Integer.toString(s.shape().segments())));
    for (QueryKind kind : QueryKind.values()) {
      if (s.queried(kind)) {
        line.append(
            String.format(
                Locale.ROOT,
                KIND,
                number(s.median(kind, LatencyFigures::p50Ms)),
                number(s.median(kind, LatencyFigures::p99Ms)),
                number(s.median(kind, LatencyFigures::perSecond))));
      } else {
        line.append(String.format(Locale.ROOT, KIND, "-", "-", "-"));
      }
    }
    out.println(line);
  }

  /** Ours / raw for every figure both have. */
  private static void ratios(List<SystemFigures> systems, PrintStream out) {
    boolean any = false;
    for (List<SearchSystem> pair : SearchSystem.pairs()) {
      Optional<SystemFigures> ours = find(systems, pair.get(0));
      Optional<SystemFigures> raw = find(systems, pair.get(1));
      if (ours.isEmpty() || raw.isEmpty()) {
        continue;
      }
      if (!any) {
        out.println();
        out.println(
            "ours / raw, same run (rec/s and q/s below 1, latencies above 1: ours is slower):");
        any = true;
      }
      SystemFigures o = ours.get();
      SystemFigures r = raw.get();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  HEAD,
                  o.system().key() + " / " + r.system().key(),
                  o.ingested() && r.ingested() ? ratio(o.ingestRate() / r.ingestRate()) : "-",
                  o.shape() != null && r.shape() != null
                      ? ratio((double) o.shape().bytes() / r.shape().bytes())
                      : "-",
                  o.shape() != null && r.shape() != null
                      ? o.shape().segments() + "/" + r.shape().segments()
                      : "-"));
      for (QueryKind kind : QueryKind.values()) {
        if (o.queried(kind) && r.queried(kind)) {
          line.append(
              String.format(
                  Locale.ROOT,
                  KIND,
                  ratio(o, r, kind, LatencyFigures::p50Ms),
                  ratio(o, r, kind, LatencyFigures::p99Ms),
                  ratio(o, r, kind, LatencyFigures::perSecond)));
        } else {
          line.append(String.format(Locale.ROOT, KIND, "-", "-", "-"));
        }
      }
      out.println(line);
    }
  }

  private static void answers(List<AnswerCheck> checks, PrintStream out) {
    if (checks.isEmpty()) {
      return;
    }
    out.println();
    out.println("same answers? (first measured round, query by query)");
    for (AnswerCheck c : checks) {
      out.printf(
          Locale.ROOT,
          "  %-28s total hits differ in %d of %d queries, facets in %d of %d%s%n",
          c.first().key() + " vs " + c.second().key() + ":",
          c.totalsDiffer(),
          c.compared(),
          c.facetsDiffer(),
          c.facetsCompared(),
          c.firstDifference() == null ? "" : "; first: " + c.firstDifference());
    }
  }

  private static Optional<SystemFigures> find(List<SystemFigures> systems, SearchSystem system) {
    return systems.stream().filter(s -> s.system() == system).findFirst();
  }

  private static String ratio(
      SystemFigures ours,
      SystemFigures raw,
      QueryKind kind,
      ToDoubleFunction<LatencyFigures> figure) {
    return ratio(ours.median(kind, figure) / raw.median(kind, figure));
  }

  private static String center(String text, int width) {
    int left = (width - text.length()) / 2;
    return " ".repeat(Math.max(0, left)) + text;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
