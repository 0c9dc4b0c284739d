package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The archived records up to a sequence, as a read-only collection that reads the store a batch at
 * a time while it is iterated: a million records pass through in bounded memory as long as the
 * reader iterates rather than copies. Each iteration reads the store again; records purged
 * meanwhile are not returned, so {@link #size} (counted when the view was made) may then be larger
 * than what an iteration yields.
 */
final class ArchivedRuns extends AbstractCollection<ArchivedRun> {
  private final ArchiveStore store;
  private final long through;
  private final int size;
  private final int batchSize;

  ArchivedRuns(ArchiveStore store, long through, long size, int batchSize) {
    this.store = store;
    this.through = through;
    this.size = (int) Math.min(Integer.MAX_VALUE, size);
    this.batchSize = batchSize;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<ArchivedRun> iterator() {
    return new Iterator<>() {
      private List<ArchivedRun> batch = List.of();
      private int next;
      private long after;
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        if (next < batch.size()) {
          return true;
        }
        if (exhausted) {
          return false;
        }
        batch =
            store.after(after, batchSize).stream().filter(r -> r.sequence() <= through).toList();
        next = 0;
        if (batch.isEmpty()) {
          exhausted = true;
          return false;
        }
        after = batch.getLast().sequence();
        exhausted = after >= through || batch.size() < batchSize;
        return true;
      }

      @Override
      public ArchivedRun next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return batch.get(next++);
      }
    };
  }
}
