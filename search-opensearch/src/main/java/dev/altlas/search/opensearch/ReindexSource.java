package dev.altlas.search.opensearch;

import dev.altlas.archive.IndexEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a reindex copies from: read in a stable order from a position, so a copy can stop and
 * resume; it also keeps the reindex's checkpoint.
 */
interface ReindexSource {

  /** One run to write: its id and its {@code _source}. */
  record Document(String runId, Object source) {}

  /** Runs after a position, and the position after the last of them (unchanged when empty). */
  record Batch(List<Document> documents, String next) {}

  long count();

  /**
   * @param position null for the start
   */
  Batch after(String position, int limit);

  /** Every run's id, finish time and digest, for verification. */
  void entries(Consumer<IndexEntry> entries);

  Optional<String> checkpoint();

  void saveCheckpoint(String value);
}
