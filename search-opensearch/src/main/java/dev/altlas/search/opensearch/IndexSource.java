package dev.altlas.search.opensearch;

import dev.altlas.archive.IndexEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A concrete index as a reindex source: whole sources in (sequence, run id) order, the position
 * those two values; the checkpoint is kept in the source index's mapping {@code _meta}, which a
 * strict mapping allows to change.
 */
final class IndexSource implements ReindexSource {

  private static final String META_KEY = "altlas_reindex";

  private final OpenSearchConnection connection;
  private final String index;
  private final IndexScan scan;

  IndexSource(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
    this.scan = new IndexScan(connection, index, List.of());
  }

  @Override
  public long count() {
    return connection.call("count the runs in " + index, c -> c.count(r -> r.index(index)).count());
  }

  @Override
  public Batch after(String position, int limit) {
    IndexScan.Page page = scan.page(position(position), limit);
    if (page.sources().isEmpty()) {
      return new Batch(List.of(), position);
    }
    List<Document> documents =
        page.sources().stream()
            .map(s -> new Document(s.path(RunSource.RUN_ID).asString(), s))
            .toList();
    return new Batch(documents, page.next().sequence() + ":" + page.next().runId());
  }

  private static IndexScan.Position position(String text) {
    if (text == null) {
      return null;
    }
    int colon = text.indexOf(':');
    return new IndexScan.Position(
        Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
  }

  @Override
  public void entries(Consumer<IndexEntry> entries) {
    OpenSearchIndex.scan(connection, index, entries);
  }

  @Override
  public Optional<String> checkpoint() {
    JsonNode mapping =
        connection.rawOk("read the mapping of " + index, "GET", "/" + index + "/_mapping", null);
    JsonNode value = mapping.path(index).path("mappings").path("_meta").path(META_KEY);
    return value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  @Override
  public void saveCheckpoint(String value) {
    var body = connection.json().createObjectNode();
    body.putObject("_meta").put(META_KEY, value);
    connection.rawOk(
        "keep the reindex checkpoint in " + index,
        "PUT",
        "/" + index + "/_mapping",
        connection.json().writeValueAsString(body));
  }
}
