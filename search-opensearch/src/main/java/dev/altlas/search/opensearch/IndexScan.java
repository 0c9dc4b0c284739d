package dev.altlas.search.opensearch;

import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import tools.jackson.databind.JsonNode;

/**
 * Reads every run of one index (or alias) in pages, in sequence order, with {@code search_after}:
 * no scroll context to keep alive, and a page can be resumed from the last sort values.
 */
final class IndexScan {

  /** Where a scan stands: the sort values of the last run read, or null before the first. */
  record Position(long sequence, String runId) {
    List<FieldValue> searchAfter() {
      return List.of(FieldValue.of(sequence), FieldValue.of(runId));
    }
  }

  /** One page of runs and where the next starts; the page is empty at the end. */
  record Page(List<JsonNode> sources, Position next) {}

  private static final List<SortOptions> ORDER =
      List.of(
          SortOptions.of(s -> s.field(f -> f.field(RunSource.SEQUENCE).order(SortOrder.Asc))),
          SortOptions.of(s -> s.field(f -> f.field(RunSource.RUN_ID).order(SortOrder.Asc))));

  private final OpenSearchConnection connection;
  private final String index;
  private final List<String> fields;

  /**
   * @param fields the source fields to read; empty for the whole source
   */
  IndexScan(OpenSearchConnection connection, String index, List<String> fields) {
    this.connection = connection;
    this.index = index;
    this.fields = fields;
  }

  Page page(Position after, int size) {
    SearchResponse<JsonNode> response =
        connection.call(
            "read the runs of " + index,
            c ->
                c.search(
                    s -> {
                      s.index(index).size(size).sort(ORDER).trackTotalHits(t -> t.enabled(false));
                      if (!fields.isEmpty()) {
                        s.source(src -> src.filter(f -> f.includes(fields)));
                      }
                      if (after != null) {
                        s.searchAfter(after.searchAfter());
                      }
                      return s;
                    },
                    JsonNode.class));
    List<Hit<JsonNode>> hits = response.hits().hits();
    if (hits.isEmpty()) {
      return new Page(List.of(), after);
    }
    List<FieldValue> last = hits.getLast().sort();
    return new Page(
        hits.stream().map(Hit::source).toList(),
        new Position(last.get(0).longValue(), last.get(1).stringValue()));
  }
}
