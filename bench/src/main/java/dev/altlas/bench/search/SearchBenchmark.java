package dev.altlas.bench.search;

import dev.altlas.bench.MachineInfo;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The archive search benchmark: our Lucene and OpenSearch adapters against raw Lucene and raw
 * opensearch-java doing the same work, on generated archives of the sizes asked for. Progress goes
 * to stderr, one table per size to stdout. Exits 0 when every system finished, 1 when one did not,
 * 2 on a usage error.
 *
 * <p>Run it with {@code bench/run search} (see bench/README.md).
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println(SearchOptions.USAGE);
      return;
    }
    SearchOptions options;
    try {
      options = SearchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(SearchOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(options, System.out, System.err) ? 0 : 1);
  }

  /**
   * Runs every size and prints its table as soon as it is done.
   *
   * @return whether every system finished at every size
   */
  static boolean run(SearchOptions options, PrintStream out, PrintStream progress) {
    boolean finished = true;
    try (SearchSubjects subjects = new SearchSubjects()) {
      String cluster = null;
      if (options.systems().stream().anyMatch(SearchSystem::onOpenSearch)) {
        // started before any timing, so its start-up is on no system's clock
        cluster = subjects.cluster().describe();
      }
      progress.println("[search] Lucene indexes under " + subjects.directory());
      SearchReport report = new SearchReport(options, MachineInfo.current(), cluster);
      for (int records : options.records()) {
        SizeResult result = new SizeRun(options, subjects, records, progress).run();
        report.print(result, out);
        out.flush();
        finished &= result.systems().stream().allMatch(s -> s.problem() == null);
      }
    }
    return finished;
  }
}
