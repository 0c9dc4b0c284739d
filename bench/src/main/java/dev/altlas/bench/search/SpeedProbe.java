package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed piece of work on one thread, timed before every timed phase: generating and flattening
 * {@value #RECORDS} records. The machine's two cores are shared with others, so how fast it is
 * drifts during a run; the report shows how far these times lie apart, which is how far figures
 * taken at different moments can be trusted to compare.
 */
final class SpeedProbe {
  static final int RECORDS = 2_000;

  private final ArchiveRecords records = new ArchiveRecords(1);
  private final List<Double> millis = new ArrayList<>();

  /** Does the work a few times untimed, so the first probe does not time the compiler. */
  SpeedProbe() {
    for (int i = 0; i < 3; i++) {
      work();
    }
  }

  /** Times the work once and keeps the time; returns it in milliseconds. */
  double measure() {
    long start = System.nanoTime();
    work();
    double ms = (System.nanoTime() - start) / 1e6;
    millis.add(ms);
    return ms;
  }

  private void work() {
    long chars = 0;
    for (ArchivedRun run : records.runs(0, RECORDS)) {
      chars += SearchDocument.of(run).outputs().length();
    }
    // a use of the result, so the work cannot be optimised away
    if (chars == 0) {
      throw new IllegalStateException("the probe generated no text");
    }
  }

  List<Double> millis() {
    return List.copyOf(millis);
  }
}
