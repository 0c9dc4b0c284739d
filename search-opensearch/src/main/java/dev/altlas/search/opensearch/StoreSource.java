package dev.altlas.search.opensearch;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The relational archive as a reindex source: runs in sequence order, the position a sequence; the
 * checkpoint is kept in the store, named after the index prefix.
 */
final class StoreSource implements ReindexSource {

  private static final int PAGE = 1000;

  private final ArchiveStore store;
  private final String checkpointName;

  StoreSource(ArchiveStore store, OpenSearchSettings settings) {
    this.store = store;
    this.checkpointName = "search-reindex:" + settings.indexPrefix();
  }

  @Override
  public long count() {
    return store.count();
  }

  @Override
  public Batch after(String position, int limit) {
    List<ArchivedRun> runs = store.after(position == null ? 0 : Long.parseLong(position), limit);
    if (runs.isEmpty()) {
      return new Batch(List.of(), position);
    }
    return new Batch(
        runs.stream()
            .map(r -> new Document(r.runId(), RunSource.of(SearchDocument.of(r))))
            .toList(),
        Long.toString(runs.getLast().sequence()));
  }

  @Override
  public void entries(Consumer<IndexEntry> entries) {
    long sequence = 0;
    while (true) {
      List<ArchivedRun> runs = store.after(sequence, PAGE);
      if (runs.isEmpty()) {
        return;
      }
      runs.forEach(r -> entries.accept(IndexEntry.of(r)));
      sequence = runs.getLast().sequence();
    }
  }

  @Override
  public Optional<String> checkpoint() {
    return store.checkpoint(checkpointName);
  }

  @Override
  public void saveCheckpoint(String value) {
    store.saveCheckpoint(checkpointName, value);
  }
}
