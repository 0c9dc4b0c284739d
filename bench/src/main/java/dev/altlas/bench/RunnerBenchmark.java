package dev.altlas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark: the ALT_LAS engine on H2 and on PostgreSQL, then db-scheduler and JobRunr on the
 * same PostgreSQL, each with no-op work, one after the other in this JVM. Progress goes to stderr,
 * the report to stdout. Exits 0 when every system finished every round, 1 when one did not, 2 on a
 * usage error.
 *
 * <p>Run it with {@code bench/run} (see bench/README.md).
 */
public final class RunnerBenchmark {
  private RunnerBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    var databases = new Databases(options.poolSize());
    var runner = new SubjectRunner(options, System.err);
    var results = new ArrayList<SubjectResult>();
    for (SubjectSpec spec : specs(options, databases)) {
      // what one system left on the heap should not be collected on the next one's time
      System.gc();
      results.add(runner.run(spec));
    }
    System.out.println();
    new ResultTable(options, MachineInfo.current(), databases.used()).print(results, System.out);
    System.exit(results.stream().allMatch(r -> r.problem() == null) ? 0 : 1);
  }

  /** The systems the options select, in the order given there. */
  private static List<SubjectSpec> specs(BenchOptions options, Databases databases) {
    var specs = new ArrayList<SubjectSpec>();
    for (String key : options.systems()) {
      specs.add(
          switch (key) {
            case "altlas-h2" -> AltlasSubject.spec(key, "H2", 2, options, databases::h2);
            case "altlas-pg" ->
                AltlasSubject.spec(key, "PostgreSQL", 2, options, databases::postgres);
            case "altlas-pg-1" ->
                AltlasSubject.spec(key, "PostgreSQL", 1, options, databases::postgres);
            case "db-scheduler" -> DbSchedulerSubject.spec(options, databases::postgres);
            case "jobrunr" -> JobRunrSubject.spec(options, databases::postgres);
            default -> throw new IllegalArgumentException("unknown system " + key);
          });
    }
    return specs;
  }
}
