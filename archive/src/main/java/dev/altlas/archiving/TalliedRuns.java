package dev.altlas.archiving;

import dev.altlas.archive.ArchivedRun;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;

/**
 * The archived runs as the pattern learner sees them, tallied into {@link RunStatistics} while the
 * learner's first iteration passes over them, so that deriving an atlas reads the archive once
 * rather than once for the statistics and once more for the learner.
 */
final class TalliedRuns extends AbstractCollection<ArchivedRun> {
  private final Collection<ArchivedRun> runs;
  private final RunStatistics statistics = new RunStatistics();
  private boolean iterated;
  private boolean tallied;

  TalliedRuns(Collection<ArchivedRun> runs) {
    this.runs = runs;
  }

  @Override
  public int size() {
    return runs.size();
  }

  @Override
  public synchronized Iterator<ArchivedRun> iterator() {
    if (iterated) {
      return runs.iterator();
    }
    iterated = true;
    Iterator<ArchivedRun> first = runs.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = first.hasNext();
        if (!more) {
          finished();
        }
        return more;
      }

      @Override
      public ArchivedRun next() {
        ArchivedRun run = first.next();
        statistics.add(run);
        return run;
      }
    };
  }

  private synchronized void finished() {
    tallied = true;
  }

  /** The statistics of every run, when the first iteration went through them all. */
  synchronized Optional<RunStatistics> statistics() {
    return tallied ? Optional.of(statistics) : Optional.empty();
  }
}
