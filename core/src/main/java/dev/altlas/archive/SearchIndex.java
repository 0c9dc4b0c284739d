package dev.altlas.archive;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Full-text, faceted and semantic search over archived runs. Derived from the {@link ArchiveStore}:
 * everything here can be rebuilt from it.
 *
 * <p>Writes are idempotent by run id (indexing a run again replaces it) and become visible to
 * {@link #search} after {@link #refresh}. Adapters answer the same query the same way: embedded
 * Lucene (the default) and OpenSearch. One contract suite checks both.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Whether this index takes writes. An embedded index opened by a second process only searches
   * (the process that writes it keeps it up to date), and then {@link #index} and {@link #delete}
   * throw {@link IllegalStateException}.
   */
  default boolean writable() {
    return true;
  }

  /** Adds or replaces these runs. */
  void index(Collection<ArchivedRun> runs);

  /** Removes these runs; unknown ids are ignored. */
  void delete(Collection<String> runIds);

  /** Makes every write so far visible to searches. */
  void refresh();

  /**
   * @throws InvalidQueryException naming what is wrong with the query
   */
  SearchResult search(SearchQuery query);

  /** How many runs are indexed (after the last refresh). */
  long count();

  /** Every indexed run's id, finish time and digest, in no particular order; for verification. */
  void scan(Consumer<IndexEntry> entries);

  @Override
  void close();
}
