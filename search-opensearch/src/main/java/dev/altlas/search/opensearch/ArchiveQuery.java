package dev.altlas.search.opensearch;

import dev.altlas.archive.Embedding;
import dev.altlas.archive.Facets;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchField;
import dev.altlas.archive.SearchFilters;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.TextQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.ZeroTermsQuery;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;

/**
 * Turns a {@link SearchQuery} into one OpenSearch search request, with the same meaning as the
 * embedded Lucene adapter: every text field is indexed twice (Turkish analysis in the field itself,
 * English in its {@code .en} sub-field) and a term matches when it matches in either language.
 */
final class ArchiveQuery {

  /** English analysis of each text field lives in this sub-field. */
  static final String ENGLISH = ".en";

  /** Facet aggregations by the field they count. */
  static final Map<Facets.FacetField, String> TERMS_FIELDS =
      Map.of(
          Facets.FacetField.STATUS, RunSource.STATUS,
          Facets.FacetField.TASK_TYPE, RunSource.TASK_TYPES,
          Facets.FacetField.MODEL, RunSource.MODELS,
          Facets.FacetField.MODE, RunSource.MODE,
          Facets.FacetField.PERSONA, RunSource.PERSONA,
          Facets.FacetField.LANGUAGE, RunSource.LANGUAGE,
          Facets.FacetField.TAG, RunSource.TAGS);

  static final String HISTOGRAM = "finished_histogram";
  static final String SUCCESS_RATES = "success_rates";

  /**
   * {@code _score} (the text score; 0 in a filter-only query) plus, for a run whose embedding has
   * the query vector's length, {@code (1 + cosine) / 2} computed as {@link Embedding#cosine} does
   * (in doubles, 0 against a zero query vector). (255, not 0xFF: Painless 3.8 fails to compile a
   * hex literal in a bitwise and.)
   */
  private static final String SIMILARITY_SCRIPT =
      """
      List query = params.vector;
      int n = query.size();
      if (doc['embeddingDimensions'].size() == 0 || doc['embeddingDimensions'].value != n) {
        return _score;
      }
      BytesRef stored = doc['embedding'].value;
      byte[] bytes = stored.bytes;
      double dot = 0; double a = 0; double b = 0;
      for (int i = 0; i < n; i++) {
        int o = stored.offset + i * 4;
        int bits = ((bytes[o] & 255) << 24) | ((bytes[o + 1] & 255) << 16)
            | ((bytes[o + 2] & 255) << 8) | (bytes[o + 3] & 255);
        double v = Float.intBitsToFloat(bits);
        double w = query.get(i);
        dot += v * w; a += v * v; b += w * w;
      }
      double cosine = a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
      return _score + (1 + cosine) / 2;
      """;

  private ArchiveQuery() {}

  /** The request for one page: {@code size + 1} hits, so the adapter knows whether more follow. */
  static SearchRequest request(String index, SearchQuery query) {
    SearchRequest.Builder request =
        new SearchRequest.Builder()
            .index(index)
            .query(query(query))
            .size(query.size() + 1)
            .trackTotalHits(t -> t.enabled(true))
            .trackScores(true)
            .source(s -> s.filter(f -> f.includes(RunSource.HIT_FIELDS)))
            .sort(sort(query.effectiveSort()));
    if (query.after() != null) {
      request.searchAfter(SearchCursor.decode(query.effectiveSort(), query.after()));
    }
    if (query.facets()) {
      request.aggregations(aggregations(query));
    }
    Query highlighted = query.highlight() ? highlighted(query) : null;
    if (highlighted != null) {
      request.highlight(highlight(highlighted));
    }
    return request.build();
  }

  static Query query(SearchQuery query) {
    List<Query> filters = filters(query.filters());
    TextQuery text = query.parsed();
    List<Query> excluded = text.excluded().stream().map(t -> term(t, false)).toList();
    return switch (query.mode()) {
      case TEXT ->
          Query.of(q -> q.bool(b -> b.must(words(text)).mustNot(excluded).filter(filters)));
      case SEMANTIC -> {
        Embedding vector = finite(query.vector());
        yield similarity(
            Query.of(
                q -> q.bool(b -> b.filter(filters).filter(hasEmbedding(vector)).mustNot(excluded))),
            vector);
      }
      case HYBRID -> {
        Embedding vector = finite(query.vector());
        yield similarity(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.should(words(text))
                                // a match without a score: the script adds the similarity
                                .should(
                                    s ->
                                        s.constantScore(
                                            c -> c.filter(hasEmbedding(vector)).boost(0f)))
                                .minimumShouldMatch("1")
                                .mustNot(excluded)
                                .filter(filters))),
            vector);
      }
    };
  }

  /** The required words, whose matches are highlighted in every mode; null when there are none. */
  static Query highlighted(SearchQuery query) {
    TextQuery text = query.parsed();
    return text.required().isEmpty() ? null : words(text);
  }

  /** Every group must match; a group matches when any of its terms does. */
  private static Query words(TextQuery text) {
    if (text.required().isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    List<Query> groups = new ArrayList<>();
    for (List<TextQuery.Term> group : text.required()) {
      List<Query> terms = group.stream().map(t -> term(t, true)).toList();
      groups.add(
          terms.size() == 1
              ? terms.getFirst()
              : Query.of(q -> q.bool(b -> b.should(terms).minimumShouldMatch("1"))));
    }
    return Query.of(q -> q.bool(b -> b.must(groups)));
  }

  /**
   * A word or phrase as a phrase in each of its fields in both languages, boosted by the field's
   * boost, the scores added up. Where its analysis is empty (a stop word), a required term matches
   * every run and an excluded one excludes none.
   */
  private static Query term(TextQuery.Term term, boolean required) {
    List<SearchField> fields =
        term.field() == null ? Arrays.asList(SearchField.values()) : List.of(term.field());
    List<Query> clauses = new ArrayList<>();
    for (SearchField field : fields) {
      for (String name : List.of(field.indexName(), field.indexName() + ENGLISH)) {
        clauses.add(
            Query.of(
                q ->
                    q.matchPhrase(
                        p ->
                            p.field(name)
                                .query(term.text())
                                .boost(field.boost())
                                .zeroTermsQuery(
                                    required ? ZeroTermsQuery.All : ZeroTermsQuery.None))));
      }
    }
    return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")));
  }

  private static Embedding finite(Embedding vector) {
    for (float value : vector.values()) {
      if (!Float.isFinite(value)) {
        throw new InvalidQueryException(
            "the query's embedding holds " + value + "; every value must be a finite number");
      }
    }
    return vector;
  }

  /** Runs with an embedding of the query vector's length. */
  private static Query hasEmbedding(Embedding vector) {
    return Query.of(
        q ->
            q.term(
                t ->
                    t.field(RunSource.EMBEDDING_DIMENSIONS)
                        .value(FieldValue.of(vector.dimensions()))));
  }

  private static Query similarity(Query matching, Embedding vector) {
    List<Double> values = new ArrayList<>();
    for (float v : vector.values()) {
      values.add((double) v);
    }
    return Query.of(
        q ->
            q.scriptScore(
                s ->
                    s.query(matching)
                        .script(
                            sc ->
                                sc.inline(
                                    i ->
                                        i.source(SIMILARITY_SCRIPT)
                                            .params("vector", JsonData.of(values))))));
  }

  static List<Query> filters(SearchFilters f) {
    List<Query> filters = new ArrayList<>();
    anyOf(filters, RunSource.STATUS, f.statuses());
    anyOf(filters, RunSource.MODE, f.modes());
    anyOf(filters, RunSource.PERSONA, f.personas());
    anyOf(filters, RunSource.LANGUAGE, f.languages());
    anyOf(filters, RunSource.TASK_TYPES, f.taskTypes());
    anyOf(filters, RunSource.MODELS, f.models());
    anyOf(filters, RunSource.TAGS, f.tags());
    if (f.since() != null || f.until() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(RunSource.FINISHED_AT);
                        if (f.since() != null) {
                          r.gte(JsonData.of(f.since().toString()));
                        }
                        if (f.until() != null) {
                          r.lt(JsonData.of(f.until().toString()));
                        }
                        return r;
                      })));
    }
    if (f.minSuccessRate() != null || f.maxSuccessRate() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r -> {
                        r.field(RunSource.SUCCESS_RATE);
                        if (f.minSuccessRate() != null) {
                          r.gte(JsonData.of(f.minSuccessRate()));
                        }
                        if (f.maxSuccessRate() != null) {
                          r.lte(JsonData.of(f.maxSuccessRate()));
                        }
                        return r;
                      })));
    }
    return filters;
  }

  private static void anyOf(List<Query> filters, String field, Set<String> values) {
    if (!values.isEmpty()) {
      List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
      filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }
  }

  static List<SortOptions> sort(dev.altlas.archive.SortOrder order) {
    SortOptions primary =
        switch (order) {
          case RELEVANCE -> SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc)));
          case NEWEST -> byField(RunSource.FINISHED_AT, SortOrder.Desc);
          case OLDEST -> byField(RunSource.FINISHED_AT, SortOrder.Asc);
          case SUCCESS_RATE_HIGH -> byField(RunSource.SUCCESS_RATE, SortOrder.Desc);
          case SUCCESS_RATE_LOW -> byField(RunSource.SUCCESS_RATE, SortOrder.Asc);
          case LONGEST -> byField(RunSource.DURATION_MS, SortOrder.Desc);
        };
    return List.of(primary, byField(RunSource.RUN_ID, SortOrder.Asc));
  }

  private static SortOptions byField(String field, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(field).order(order)));
  }

  private static Map<String, Aggregation> aggregations(SearchQuery query) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    TERMS_FIELDS.forEach(
        (facet, field) ->
            aggregations.put(
                field,
                Aggregation.of(
                    a ->
                        a.terms(
                            t ->
                                t.field(field)
                                    .size(Facets.TOP)
                                    // exact counts with several shards too
                                    .shardSize(10_000)
                                    .order(
                                        List.of(
                                            Map.of("_count", SortOrder.Desc),
                                            Map.of("_key", SortOrder.Asc)))))));
    CalendarInterval interval =
        switch (query.histogram()) {
          case HOUR -> CalendarInterval.Hour;
          case DAY -> CalendarInterval.Day;
          case WEEK -> CalendarInterval.Week;
          case MONTH -> CalendarInterval.Month;
        };
    aggregations.put(
        HISTOGRAM,
        Aggregation.of(
            a ->
                a.dateHistogram(
                    h ->
                        h.field(RunSource.FINISHED_AT)
                            .calendarInterval(interval)
                            .timeZone("UTC")
                            .minDocCount(1))));
    Map<String, Query> rates = new LinkedHashMap<>();
    for (Facets.RateBucket bucket : Facets.RateBucket.BOUNDS) {
      rates.put(
          bucket.key(),
          Query.of(
              q ->
                  q.range(
                      r ->
                          bucket.from() == bucket.to()
                              ? r.field(RunSource.SUCCESS_RATE)
                                  .gte(JsonData.of(bucket.from()))
                                  .lte(JsonData.of(bucket.to()))
                              : r.field(RunSource.SUCCESS_RATE)
                                  .gte(JsonData.of(bucket.from()))
                                  .lt(JsonData.of(bucket.to())))));
    }
    aggregations.put(
        SUCCESS_RATES, Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(rates)))));
    return aggregations;
  }

  /**
   * Every text field in both languages, whole (no fragments) and marked with private-use
   * characters, so {@link HighlightMarks} can merge the two languages' matches and cut the
   * fragments exactly as the Lucene adapter does.
   */
  private static Highlight highlight(Query words) {
    Highlight.Builder highlight =
        new Highlight.Builder()
            .type(t -> t.builtin(BuiltinHighlighterType.Unified))
            .preTags(HighlightMarks.OPEN_MARK)
            .postTags(HighlightMarks.CLOSE_MARK)
            .numberOfFragments(0)
            .highlightQuery(words);
    for (SearchField field : SearchField.values()) {
      highlight.fields(field.indexName(), f -> f);
      highlight.fields(field.indexName() + ENGLISH, f -> f);
    }
    return highlight.build();
  }
}
