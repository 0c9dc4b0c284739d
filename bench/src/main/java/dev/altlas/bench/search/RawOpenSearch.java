package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Facets;
import dev.altlas.archive.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.ZeroTermsQuery;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * The raw OpenSearch baseline: the same runs, mappings and analysis as our OpenSearch adapter
 * ({@link OurAdapter#openSearch}) in one plain index, written with one bulk request per batch and
 * searched with the query DSL the obvious way: a {@code bool} query, the top hits by score (ties in
 * index order) with an exact total and the hit fields of the source, and the facets as aggregations
 * of the same request.
 */
final class RawOpenSearch implements SearchSubject {
  /** Each text field in Turkish (the field) and in English (its sub-field), with its boost. */
  private static final Map<String, Float> TEXT_FIELDS =
      Map.of(
          "command", 3.0f,
          "command.en", 3.0f,
          "titles", 2.0f,
          "titles.en", 2.0f,
          "summary", 1.5f,
          "summary.en", 1.5f,
          "outputs", 1.0f,
          "outputs.en", 1.0f);

  static final Map<Facets.FacetField, String> FACET_FIELDS =
      Map.of(
          Facets.FacetField.STATUS, "status",
          Facets.FacetField.TASK_TYPE, "taskTypes",
          Facets.FacetField.MODEL, "models",
          Facets.FacetField.MODE, "mode",
          Facets.FacetField.PERSONA, "persona",
          Facets.FacetField.LANGUAGE, "language",
          Facets.FacetField.TAG, "tags");

  static final String DAYS = "days";
  static final String RATES = "rates";

  private final OpenSearchCluster cluster;
  private final OpenSearchClient client;
  private final String index;

  RawOpenSearch(OpenSearchCluster cluster, String index) {
    this.cluster = cluster;
    this.client = cluster.client();
    this.index = index;
    RawOpenSearchMapping.create(client, index);
  }

  @Override
  public void index(List<ArchivedRun> runs) {
    List<BulkOperation> operations = new ArrayList<>(runs.size());
    for (ArchivedRun run : runs) {
      RawRunSource source = RawRunSource.of(SearchDocument.of(run));
      operations.add(BulkOperation.of(o -> o.index(i -> i.id(run.runId()).document(source))));
    }
    try {
      BulkResponse response = client.bulk(b -> b.index(index).operations(operations));
      if (response.errors()) {
        BulkResponseItem failed =
            response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
        throw new IllegalStateException(
            "OpenSearch refused run " + failed.id() + ": " + failed.error().reason());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void refresh() {
    try {
      client.indices().refresh(r -> r.index(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public QueryAnswer search(BenchQuery query) {
    SearchRequest.Builder request =
        new SearchRequest.Builder()
            .index(index)
            .query(query(query))
            .size(BenchQuery.PAGE)
            .trackTotalHits(t -> t.enabled(true))
            .source(s -> s.filter(f -> f.includes(RawRunSource.HIT_FIELDS)));
    if (query.facets()) {
      request.aggregations(aggregations());
    }
    try {
      SearchResponse<RawRunSource> response = client.search(request.build(), RawRunSource.class);
      List<String> runIds = response.hits().hits().stream().map(h -> h.source().runId()).toList();
      return new QueryAnswer(
          response.hits().total().value(),
          runIds,
          query.facets() ? RawOpenSearchFacets.of(response.aggregations()) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every word as a phrase in some field (scores added), then the filters. */
  private static Query query(BenchQuery query) {
    List<Query> words = new ArrayList<>();
    for (String word : query.words()) {
      List<Query> anywhere = new ArrayList<>();
      TEXT_FIELDS.forEach(
          (field, boost) ->
              anywhere.add(
                  Query.of(
                      q ->
                          q.matchPhrase(
                              p ->
                                  p.field(field)
                                      .query(word)
                                      .boost(boost)
                                      // a stop word restricts nothing, as in our adapters
                                      .zeroTermsQuery(ZeroTermsQuery.All)))));
      words.add(Query.of(q -> q.bool(b -> b.should(anywhere).minimumShouldMatch("1"))));
    }
    List<Query> filters = new ArrayList<>();
    terms("status", query.statuses(), filters);
    terms("taskTypes", query.taskTypes(), filters);
    if (query.since() != null || query.until() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field("finishedAt");
                        if (query.since() != null) {
                          r.gte(JsonData.of(query.since().toString()));
                        }
                        if (query.until() != null) {
                          r.lt(JsonData.of(query.until().toString()));
                        }
                        return r;
                      })));
    }
    return Query.of(q -> q.bool(b -> b.must(words).filter(filters)));
  }

  private static void terms(String field, Set<String> values, List<Query> filters) {
    if (!values.isEmpty()) {
      List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
      filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }
  }

  private static Map<String, Aggregation> aggregations() {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    FACET_FIELDS.forEach(
        (facet, field) ->
            aggregations.put(
                field, Aggregation.of(a -> a.terms(t -> t.field(field).size(Facets.TOP)))));
    aggregations.put(
        DAYS,
        Aggregation.of(
            a ->
                a.dateHistogram(
                    h ->
                        h.field("finishedAt")
                            .calendarInterval(CalendarInterval.Day)
                            .minDocCount(1))));
    aggregations.put(
        RATES,
        Aggregation.of(
            a ->
                a.range(
                    r ->
                        r.field("successRate")
                            .ranges(x -> x.to(JsonData.of(0.25)))
                            .ranges(x -> x.from(JsonData.of(0.25)).to(JsonData.of(0.5)))
                            .ranges(x -> x.from(JsonData.of(0.5)).to(JsonData.of(0.75)))
                            .ranges(x -> x.from(JsonData.of(0.75)).to(JsonData.of(1.0)))
                            .ranges(x -> x.from(JsonData.of(1.0))))));
    return aggregations;
  }

  @Override
  public IndexShape shape() {
    return cluster.shape(index);
  }

  @Override
  public void close() {
    cluster.delete(index, null);
  }
}
