package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchIndex;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Keeps a search index caught up with the archive store ({@code docs/adr/0007}): reads the records
 * after the index's checkpoint in sequence order, a batch at a time, indexes and refreshes each
 * batch, then moves the checkpoint past it.
 *
 * <p>The checkpoint is the highest sequence up to which every record is in the index. Since the
 * store commits in sequence order, a record never appears below a sequence already read, so the
 * checkpoint never passes over one. Indexing is idempotent by run id: a crash between a refresh and
 * the checkpoint's save only makes the next catch-up index that batch again.
 *
 * <p>One catch-up runs at a time; a refresh covers a whole batch, so records added while one runs
 * are indexed together by the next.
 */
final class SearchFeed {
  private static final System.Logger LOG = System.getLogger(SearchFeed.class.getName());

  private final ArchiveStore store;
  private final SearchIndex index;
  private final ArchiveSettings settings;
  private final PurgeMarker purges;
  private final ReentrantLock lock = new ReentrantLock();
  private final Object progress = new Object();
  private volatile long checkpoint;
  private volatile boolean failing;

  SearchFeed(ArchiveStore store, SearchIndex index, ArchiveSettings settings) {
    this.store = store;
    this.index = index;
    this.settings = settings;
    this.purges = new PurgeMarker(store, settings);
    this.checkpoint = startingCheckpoint();
  }

  /** The highest sequence up to which every archived record is in the index. */
  long checkpoint() {
    return checkpoint;
  }

  /** Whether the index failed at the last attempt. */
  boolean failing() {
    return failing;
  }

  /** Waits until the checkpoint reaches {@code sequence}; false if it did not in time. */
  boolean awaitCheckpoint(long sequence, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (checkpoint < sequence) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        progress.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /**
   * Removes from the index what retention purged while it could not follow, then indexes every
   * record after the checkpoint.
   *
   * @param keepGoing checked between batches; false stops early (when the archive closes)
   * @return how many records were indexed
   * @throws RuntimeException the index's or the store's failure; the batches done before stay done
   */
  int catchUp(BooleanSupplier keepGoing) {
    if (!index.writable()) {
      // Another process writes this index and catches it up; here it is only searched.
      return 0;
    }
    lock.lock();
    try {
      sweepPurged();
      int total = 0;
      while (keepGoing.getAsBoolean()) {
        List<ArchivedRun> batch = store.after(checkpoint, settings.batchSize());
        if (batch.isEmpty()) {
          break;
        }
        try {
          index.index(batch);
          index.refresh();
        } catch (RuntimeException e) {
          indexFailed("records after sequence " + checkpoint + " are not searchable yet", e);
          throw e;
        }
        total += batch.size();
        advance(batch.getLast().sequence());
        if (batch.size() < settings.batchSize()) {
          break;
        }
      }
      recovered(total);
      return total;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes runs that retention purged from the store but could not delete from the index: those
   * finished before the marked cutoff that the store no longer holds (a run uploaded after the
   * purge, however old, stays).
   */
  private void sweepPurged() {
    Optional<PurgeMarker.Pending> pending = purges.pending();
    if (pending.isEmpty()) {
      return;
    }
    var cutoff = pending.get().cutoff();
    List<String> candidates = new ArrayList<>();
    try {
      index.scan(
          e -> {
            if (e.finishedAt() != null && e.finishedAt().isBefore(cutoff)) {
              candidates.add(e.runId());
            }
          });
      candidates.removeIf(id -> store.find(id).isPresent());
      for (int i = 0; i < candidates.size(); i += settings.batchSize()) {
        index.delete(candidates.subList(i, Math.min(candidates.size(), i + settings.batchSize())));
      }
      index.refresh();
    } catch (RuntimeException e) {
      indexFailed("runs purged from the archive are still searchable", e);
      throw e;
    }
    purges.clear(pending.get());
    if (!candidates.isEmpty()) {
      LOG.log(
          Level.INFO,
          "removed {0} purged runs from search index {1}",
          candidates.size(),
          settings.indexName());
    }
  }

  private void advance(long sequence) {
    synchronized (progress) {
      checkpoint = sequence;
      progress.notifyAll();
    }
    try {
      store.saveCheckpoint(settings.indexCheckpoint(), Long.toString(sequence));
    } catch (RuntimeException e) {
      // The index holds the records; a stored checkpoint that lags only makes catch-up redo them.
      LOG.log(
          Level.WARNING,
          "could not save checkpoint {0} = {1}: {2}",
          settings.indexCheckpoint(),
          sequence,
          e.toString());
    }
  }

  /**
   * The stored checkpoint, or 0 (index everything) when there is none or the index is empty while
   * the store is not: an index that was deleted or replaced is rebuilt rather than trusted. Never
   * above the store's last sequence: after the store was restored from an older backup, new records
   * take sequences below the old checkpoint and must not be passed over.
   */
  private long startingCheckpoint() {
    long stored =
        Math.min(
            store.checkpoint(settings.indexCheckpoint()).map(Long::parseLong).orElse(0L),
            store.lastSequence());
    if (stored > 0) {
      try {
        if (index.count() == 0 && store.count() > 0) {
          LOG.log(
              Level.INFO,
              "search index {0} is empty but its checkpoint is at {1}; indexing the archive again",
              settings.indexName(),
              stored);
          return 0;
        }
      } catch (RuntimeException e) {
        // The index is down; catch-up retries from the stored checkpoint.
        return stored;
      }
    }
    return stored;
  }

  private void indexFailed(String what, RuntimeException e) {
    // One warning when the index goes down, not one per attempt while it stays down.
    LOG.log(
        failing ? Level.DEBUG : Level.WARNING,
        "search index {0} failed: {1}; {2}, catch-up retries with backoff",
        settings.indexName(),
        e.toString(),
        what);
    failing = true;
  }

  private void recovered(int indexed) {
    if (failing) {
      failing = false;
      LOG.log(
          Level.INFO,
          "search index {0} works again; caught up {1} archived runs",
          settings.indexName(),
          indexed);
    }
  }
}
