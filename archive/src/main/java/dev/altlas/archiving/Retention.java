package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SearchIndex;
import dev.altlas.run.RunStore;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Deletes runs by age everywhere they are kept: run state ({@link RunStore}), the archive ({@link
 * ArchiveStore}) and the search index derived from it.
 *
 * <p>Run state goes first: a run still in the run store but no longer archived would be archived
 * again at the next start ({@link RunArchiver#archiveMissing}). Before deleting, the purge is
 * marked in the archive store; when the index cannot follow (it is down, or the process dies), the
 * mark stays and the archive's catch-up removes the purged runs from the index once it works, so
 * purged runs do not stay searchable.
 *
 * <p>Events are not purged: the in-process bus keeps no events once delivered, so there is nothing
 * to delete yet; a bus that retains events (JetStream) has its own retention policy.
 */
public final class Retention {
  private static final System.Logger LOG = System.getLogger(Retention.class.getName());

  private final RunStore runs;
  private final ArchiveStore archive;
  private final SearchIndex index;
  private final PurgeMarker marker;

  /**
   * @param settings names the index's purge mark, as the {@link Archive} feeding it does
   */
  public Retention(
      RunStore runs, ArchiveStore archive, SearchIndex index, ArchiveSettings settings) {
    this.runs = Objects.requireNonNull(runs, "runs");
    this.archive = Objects.requireNonNull(archive, "archive");
    this.index = Objects.requireNonNull(index, "index");
    this.marker = new PurgeMarker(archive, settings);
  }

  /**
   * What {@link #purge} deleted.
   *
   * @param runs runs deleted from the run store
   * @param archived records deleted from the archive
   * @param unindexed records deleted from the search index
   * @param indexPending whether the index could not follow; catch-up finishes its deletes later
   */
  public record Purged(long runs, long archived, long unindexed, boolean indexPending) {}

  /**
   * Deletes, {@code batchSize} at a time until nothing older remains, every run that finished
   * before {@code cutoff}. Unfinished runs are never deleted, however old.
   *
   * @throws RuntimeException when the run store or the archive store fails; what was deleted before
   *     stays deleted and a later purge goes on
   */
  public Purged purge(Instant cutoff, int batchSize) {
    Objects.requireNonNull(cutoff, "cutoff");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    PurgeMarker.Pending mark = marker.raise(cutoff);
    long runCount = 0;
    int deleted;
    do {
      deleted = runs.purgeFinishedBefore(cutoff, batchSize);
      runCount += deleted;
    } while (deleted >= batchSize);

    long archived = 0;
    long unindexed = 0;
    boolean indexPending = false;
    List<String> ids;
    do {
      ids = archive.purgeFinishedBefore(cutoff, batchSize);
      archived += ids.size();
      if (!indexPending && !ids.isEmpty()) {
        try {
          index.delete(ids);
          unindexed += ids.size();
        } catch (RuntimeException e) {
          indexPending = indexDown(e);
        }
      }
    } while (ids.size() >= batchSize);

    if (!indexPending) {
      try {
        index.refresh();
        marker.clear(mark);
      } catch (RuntimeException e) {
        indexPending = indexDown(e);
      }
    }
    if (indexPending) {
      // Raised again after the archive deletes: a catch-up that swept the first mark meanwhile
      // may have missed these.
      marker.raise(cutoff);
    }
    Purged purged = new Purged(runCount, archived, unindexed, indexPending);
    LOG.log(Level.INFO, "purged runs finished before {0}: {1}", cutoff, purged);
    return purged;
  }

  private static boolean indexDown(RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "the search index could not delete purged runs: {0}; catch-up deletes them once it works",
        e.toString());
    return true;
  }
}
