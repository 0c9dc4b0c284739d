package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SliceDigests;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Checks and repairs a search index against the archive store, in place: every record re-indexed
 * (writes replace by run id, so searches keep answering all along), entries the store no longer has
 * deleted, then both compared per day by count and checksum ({@link SliceDigests}). The embedded
 * index's counterpart of the OpenSearch reindexer, which builds a new index and switches an alias
 * instead.
 */
public final class IndexRebuild {
  private final ArchiveStore store;
  private final SearchIndex index;
  private final int batchSize;

  public IndexRebuild(ArchiveStore store, SearchIndex index, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.store = store;
    this.index = index;
    this.batchSize = batchSize;
  }

  /** The days on which the index differs from the store; empty when it holds exactly the store. */
  public List<SliceDigests.Difference> verify() {
    SliceDigests stored = new SliceDigests();
    forEachBatch(batch -> batch.forEach(r -> stored.accept(IndexEntry.of(r))), n -> {});
    SliceDigests indexed = new SliceDigests();
    index.scan(indexed);
    return stored.differences(indexed);
  }

  /**
   * The runs the index holds, on the days that differ, that the store does not: after catch-up
   * (which removes what retention purged) these are records the store lost, for instance to a
   * damaged or emptied database, and the index may be the last copy. A rebuild would drop them.
   */
  public List<String> missingFromStore(List<SliceDigests.Difference> differences) {
    Set<LocalDate> days = new HashSet<>();
    differences.forEach(d -> days.add(d.day()));
    List<String> candidates = new ArrayList<>();
    index.scan(
        e -> {
          if (days.contains(LocalDate.ofInstant(e.finishedAt(), ZoneOffset.UTC))) {
            candidates.add(e.runId());
          }
        });
    return candidates.stream().filter(id -> store.find(id).isEmpty()).sorted().toList();
  }

  /**
   * Re-indexes every archived record and removes what the store does not hold.
   *
   * @param progress told the number of records re-indexed so far, after each batch
   * @return the days that still differ afterwards (empty on success)
   */
  public List<SliceDigests.Difference> rebuild(LongConsumer progress) {
    Set<String> stale = new HashSet<>();
    index.scan(e -> stale.add(e.runId()));
    forEachBatch(
        batch -> {
          index.index(batch);
          batch.forEach(r -> stale.remove(r.runId()));
        },
        progress);
    List<String> gone = new ArrayList<>(stale);
    for (int i = 0; i < gone.size(); i += batchSize) {
      index.delete(gone.subList(i, Math.min(gone.size(), i + batchSize)));
    }
    index.refresh();
    return verify();
  }

  private void forEachBatch(
      java.util.function.Consumer<List<ArchivedRun>> action, LongConsumer progress) {
    long after = 0;
    long done = 0;
    while (true) {
      List<ArchivedRun> batch = store.after(after, batchSize);
      if (batch.isEmpty()) {
        return;
      }
      action.accept(batch);
      done += batch.size();
      progress.accept(done);
      after = batch.getLast().sequence();
    }
  }
}
