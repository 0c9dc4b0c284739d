package dev.altlas.bench.search;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark at one archive size: every system indexes the same records ({@link IngestPhase}),
 * then answers the same queries ({@link QueryPhase}); then the answers are compared. A system that
 * fails drops out with the reason; the others go on.
 */
final class SizeRun {
  private final SearchOptions options;
  private final SearchSubjects subjects;
  private final int records;
  private final SizeLog log;

  SizeRun(SearchOptions options, SearchSubjects subjects, int records, PrintStream progress) {
    this.options = options;
    this.subjects = subjects;
    this.records = records;
    this.log = new SizeLog(records, progress);
  }

  SizeResult run() {
    long started = System.nanoTime();
    IngestPhase ingest = new IngestPhase(options, subjects, records, log);
    QueryPhase queries = new QueryPhase(options, ingest.open(), log);
    try {
      ingest.run();
      queries.run();
    } finally {
      ingest.open().forEach(log::close);
      ingest.open().clear();
    }
    List<SystemFigures> figures = new ArrayList<>();
    for (SearchSystem system : options.systems()) {
      figures.add(
          new SystemFigures(
              system,
              ingest.rates(system),
              queries.shape(system),
              queries.rounds(system),
              log.problem(system)));
    }
    Map<SearchSystem, Map<QueryKind, List<QueryAnswer>>> answers = queries.answers();
    return new SizeResult(
        records,
        figures,
        AnswerComparison.checks(answers),
        AnswerComparison.medianTotals(answers),
        log.probeMillis(),
        Duration.ofNanos(System.nanoTime() - started));
  }
}
