package dev.altlas.search.opensearch;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.Synonyms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import tools.jackson.databind.JsonNode;

/**
 * The archive's {@link SearchIndex} on an OpenSearch cluster. Searches go to the read alias and
 * writes to the write alias (see {@link OpenSearchSettings}), so {@link Reindexer} can build a new
 * concrete index and switch both aliases at once while this keeps answering.
 *
 * <p>Retention: {@link #deleteFinishedBefore} removes runs by finish time on any cluster (the
 * archive calls it, or {@link #delete}, after purging its store). When the cluster has the ISM
 * plugin, generations replaced by a reindex are also handed to the lifecycle policy {@link
 * OpenSearchSettings#retiredPolicyName()} (read-only, deleted when {@value
 * ArchiveIndexes#RETIRED_INDEX_AGE} old); without it they stay until deleted by hand.
 */
public final class OpenSearchIndex implements SearchIndex {

  /** Runs per bulk request. */
  static final int BULK_SIZE = 500;

  private static final int SCAN_PAGE = 1000;

  private final OpenSearchConnection connection;
  private final ArchiveIndexes indexes;
  private final OpenSearchSettings settings;
  private final boolean lifecycle;

  private OpenSearchIndex(
      OpenSearchConnection connection, ArchiveIndexes indexes, boolean lifecycle) {
    this.connection = connection;
    this.indexes = indexes;
    this.settings = indexes.settings();
    this.lifecycle = lifecycle;
  }

  /**
   * Connects and creates the template, the first concrete index and the aliases when missing;
   * idempotent.
   *
   * @throws OpenSearchUnavailableException naming the URL when the cluster cannot be reached
   */
  public static OpenSearchIndex open(OpenSearchSettings settings, Synonyms synonyms) {
    OpenSearchConnection connection = OpenSearchConnection.open(settings);
    try {
      ArchiveIndexes indexes = new ArchiveIndexes(connection, settings, synonyms);
      indexes.open();
      return new OpenSearchIndex(connection, indexes, indexes.ismAvailable());
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  public OpenSearchSettings settings() {
    return settings;
  }

  /** The concrete index searches read now. */
  public String liveIndex() {
    return indexes
        .aliasTarget(settings.readAlias())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the read alias " + settings.readAlias() + " is gone from " + settings.url()));
  }

  /** The ISM policy replaced generations get, when the cluster has the ISM plugin. */
  public Optional<String> lifecyclePolicy() {
    return lifecycle ? Optional.of(settings.retiredPolicyName()) : Optional.empty();
  }

  @Override
  public void index(Collection<ArchivedRun> runs) {
    List<BulkOperation> operations = new ArrayList<>();
    for (ArchivedRun run : runs) {
      Map<String, Object> source = RunSource.of(SearchDocument.of(run));
      operations.add(BulkOperation.of(o -> o.index(i -> i.id(run.runId()).document(source))));
    }
    bulk(connection, settings.writeAlias(), operations);
  }

  @Override
  public void delete(Collection<String> runIds) {
    List<BulkOperation> operations =
        runIds.stream()
            .distinct()
            .map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id))))
            .toList();
    bulk(connection, settings.writeAlias(), operations);
  }

  /**
   * Deletes the runs that finished before {@code cutoff} (through the write alias); they are gone
   * from searches on return.
   *
   * @return how many were deleted
   */
  public long deleteFinishedBefore(Instant cutoff) {
    var response =
        connection.call(
            "delete runs finished before " + cutoff,
            c ->
                c.deleteByQuery(
                    d ->
                        d.index(settings.writeAlias())
                            .query(
                                q ->
                                    q.range(
                                        r ->
                                            r.field(RunSource.FINISHED_AT)
                                                .lt(JsonData.of(cutoff.toString()))))
                            .conflicts(Conflicts.Proceed)
                            .refresh(Refresh.True)));
    if (response.failures() != null && !response.failures().isEmpty()) {
      throw new OpenSearchRequestException(
          "OpenSearch at "
              + settings.url()
              + " failed to delete some runs finished before "
              + cutoff
              + ": "
              + response.failures().getFirst().cause().reason(),
          500,
          null);
    }
    return response.deleted() == null ? 0 : response.deleted();
  }

  @Override
  public void refresh() {
    connection.call(
        "refresh " + settings.readAlias(),
        c -> c.indices().refresh(r -> r.index(settings.readAlias(), settings.writeAlias())));
  }

  @Override
  public SearchResult search(SearchQuery query) {
    SearchResponse<JsonNode> response =
        connection.search(
            c -> c.search(ArchiveQuery.request(settings.readAlias(), query), JsonNode.class));
    List<Hit<JsonNode>> hits = response.hits().hits();
    List<SearchHit> page = new ArrayList<>();
    for (Hit<JsonNode> hit : hits.subList(0, Math.min(query.size(), hits.size()))) {
      page.add(
          RunSource.hit(
              hit.source(),
              hit.score() == null ? 0 : hit.score(),
              HighlightMarks.of(hit.highlight())));
    }
    String next =
        hits.size() > query.size()
            ? SearchCursor.encode(query.effectiveSort(), hits.get(query.size() - 1).sort())
            : null;
    long total = response.hits().total() == null ? page.size() : response.hits().total().value();
    return new SearchResult(
        total, page, next, query.facets() ? FacetCounts.of(response.aggregations()) : null);
  }

  @Override
  public long count() {
    return connection.call(
        "count the runs in " + settings.readAlias(),
        c -> c.count(r -> r.index(settings.readAlias())).count());
  }

  @Override
  public void scan(Consumer<IndexEntry> entries) {
    scan(connection, settings.readAlias(), entries);
  }

  static void scan(OpenSearchConnection connection, String index, Consumer<IndexEntry> entries) {
    IndexScan scan = new IndexScan(connection, index, RunSource.ENTRY_FIELDS);
    IndexScan.Position position = null;
    while (true) {
      IndexScan.Page page = scan.page(position, SCAN_PAGE);
      if (page.sources().isEmpty()) {
        return;
      }
      page.sources().forEach(source -> entries.accept(RunSource.entry(source)));
      position = page.next();
    }
  }

  /** Sends the operations in bulk requests of {@link #BULK_SIZE}; any failed item fails all. */
  static void bulk(OpenSearchConnection connection, String index, List<BulkOperation> operations) {
    for (int from = 0; from < operations.size(); from += BULK_SIZE) {
      List<BulkOperation> chunk =
          operations.subList(from, Math.min(operations.size(), from + BULK_SIZE));
      BulkRequest request = BulkRequest.of(b -> b.index(index).operations(chunk));
      BulkResponse response = connection.call("write runs to " + index, c -> c.bulk(request));
      if (response.errors()) {
        for (BulkResponseItem item : response.items()) {
          boolean missingOnDelete = item.status() == 404 && item.error() == null;
          if (item.error() != null && !missingOnDelete) {
            throw new OpenSearchRequestException(
                "OpenSearch at "
                    + connection.url()
                    + " refused to write run "
                    + item.id()
                    + " to "
                    + index
                    + ": "
                    + OpenSearchConnection.reason(item.error()),
                item.status(),
                null);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
