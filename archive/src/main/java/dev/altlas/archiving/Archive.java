package dev.altlas.archiving;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.time.Duration;
import java.util.Objects;

/**
 * The archive role: commits {@code .last} records to the {@link ArchiveStore} (the source of
 * truth), then makes them searchable in a {@link SearchIndex} derived from it ({@code
 * docs/adr/0007}).
 *
 * <p>Indexing happens after the commit, on one background thread that reads everything after the
 * index's checkpoint and indexes it in batches: woken by every add, so a record is searchable about
 * one index refresh after its commit; and at start, periodically, and with backoff while the index
 * fails. So nothing archived is missing from search once the index works, even after a crash
 * between commit and index. Batching matters: a refresh makes writes durable (Lucene commits), and
 * one refresh per batch rather than per record keeps adds fast when many come at once.
 *
 * <p>Thread-safe: several threads may add at once. The store and the index belong to the caller;
 * {@link #close} stops catch-up but closes neither.
 */
public final class Archive implements AutoCloseable {
  private final ArchiveStore store;
  private final SearchIndex index;
  private final CommandEmbedder embedder;
  private final SearchFeed feed;
  private final CatchUpLoop loop;

  private Archive(
      ArchiveStore store, SearchIndex index, ModelPort model, ArchiveSettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.embedder = new CommandEmbedder(model);
    this.feed = new SearchFeed(store, index, settings);
    this.loop = new CatchUpLoop(feed, settings);
  }

  /**
   * An archive over this store and index, with catch-up started (its first pass runs at once, in
   * the background).
   *
   * @param model embeds commands for semantic search; null when there is none (records are then
   *     archived without embeddings)
   */
  public static Archive open(
      ArchiveStore store, SearchIndex index, ModelPort model, ArchiveSettings settings) {
    Archive archive = new Archive(store, index, model, settings);
    archive.loop.start();
    return archive;
  }

  /**
   * Archives the result of a run of {@code plan}: embeds the command (optional), commits, and has
   * the record indexed. Adding a run that is archived already, or that another thread archives at
   * the same moment, changes nothing and returns the stored record with {@code added == false}, so
   * repeated deliveries are harmless.
   *
   * @param plan the plan that ran, or null when unknown (an upload: see {@link Uploads}, which
   *     keeps uploads off the ids of this installation's runs)
   * @throws InterruptedException when interrupted while the model embedded the command; nothing was
   *     archived, so a retry archives the record with its embedding
   * @throws IllegalArgumentException when the store refuses the record (not a valid {@code .last},
   *     or a plan that does not match it)
   */
  public ArchiveStore.Added add(RunResult result, Plan plan) throws InterruptedException {
    Objects.requireNonNull(result, "result");
    Embedding embedding = embedder.embedForArchive(result.plan().command());
    ArchiveStore.Added added = store.add(result, plan, embedding);
    if (added.added()) {
      loop.request();
    }
    return added;
  }

  /**
   * Indexes every archived record the index does not have yet (after its checkpoint), and removes
   * from it runs that retention purged while it was down; the background loop does the same on its
   * own.
   *
   * @return how many records were indexed
   * @throws RuntimeException when the index or the store fails; the work done before stays done
   */
  public int catchUp() {
    return feed.catchUp(() -> true);
  }

  /** The highest sequence up to which every archived record is in the index. */
  public long indexedThrough() {
    return feed.checkpoint();
  }

  /**
   * Waits until {@code run} is searchable, for a caller that searches right after adding (an upload
   * that shows the run it created in a list).
   *
   * @return false when it is not within {@code timeout} (the index is slow or down; it will be)
   */
  public boolean awaitSearchable(ArchivedRun run, Duration timeout) throws InterruptedException {
    return feed.awaitCheckpoint(run.sequence(), timeout);
  }

  /**
   * Searches the index as it is: records archived while it was down are found once catch-up has
   * indexed them.
   *
   * @throws dev.altlas.archive.InvalidQueryException naming what is wrong with the query
   */
  public SearchResult search(SearchQuery query) {
    return index.search(query);
  }

  /**
   * A query for {@code text} in {@code mode}, with the text's embedding when the mode searches by
   * meaning; the caller adds filters, order and page, then {@linkplain #search searches}.
   *
   * @throws ModelException for {@link SearchMode#SEMANTIC} and {@link SearchMode#HYBRID} when no
   *     model can embed the text ({@code ai.unsupported}) or the model failed
   */
  public SearchQuery.Builder query(String text, SearchMode mode)
      throws ModelException, InterruptedException {
    SearchQuery.Builder query = SearchQuery.text(text);
    if (mode != null && mode != SearchMode.TEXT) {
      query.semantic(mode, embedder.embedQuery(text == null ? "" : text.strip()));
    }
    return query;
  }

  /** Stops catch-up after the batch in progress. */
  @Override
  public void close() {
    loop.close();
  }
}
