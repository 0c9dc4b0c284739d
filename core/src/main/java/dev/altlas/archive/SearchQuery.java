package dev.altlas.archive;

import java.time.Instant;
import java.util.Set;

/**
 * One search: words (see {@link TextQuery} for the syntax), filters, order, one page.
 *
 * @param vector the query text's embedding; required for {@link SearchMode#SEMANTIC} and {@link
 *     SearchMode#HYBRID}
 * @param size hits per page, 1..{@value #MAX_SIZE}
 * @param after the {@link SearchResult#next()} cursor of the previous page, or null for the first
 * @param facets whether to count facets and aggregations over all matching runs
 * @param histogram bucket width of the date histogram when facets are counted
 * @param highlight whether hits carry the matching fragments of their text fields
 */
public record SearchQuery(
    String text,
    SearchMode mode,
    Embedding vector,
    SearchFilters filters,
    SortOrder sort,
    int size,
    String after,
    boolean facets,
    HistogramInterval histogram,
    boolean highlight) {

  public static final int MAX_SIZE = 1000;
  public static final int DEFAULT_SIZE = 20;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    mode = mode == null ? SearchMode.TEXT : mode;
    filters = filters == null ? SearchFilters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    histogram = histogram == null ? HistogramInterval.DAY : histogram;
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException(
          "the page size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if (mode != SearchMode.TEXT && vector == null) {
      throw new InvalidQueryException(mode + " search needs the query's embedding");
    }
    if (after != null && after.isBlank()) {
      after = null;
    }
    TextQuery.parse(text);
  }

  /** The parsed words. */
  public TextQuery parsed() {
    return TextQuery.parse(text);
  }

  /** The order actually used: relevance without anything to rank by is newest first. */
  public SortOrder effectiveSort() {
    return sort == SortOrder.RELEVANCE && mode == SearchMode.TEXT && parsed().required().isEmpty()
        ? SortOrder.NEWEST
        : sort;
  }

  public static Builder text(String text) {
    return new Builder().text(text);
  }

  public SearchQuery withAfter(String cursor) {
    return new SearchQuery(
        text, mode, vector, filters, sort, size, cursor, facets, histogram, highlight);
  }

  /** Builds a query step by step; unset parts take their defaults. */
  public static final class Builder {
    private String text = "";
    private SearchMode mode = SearchMode.TEXT;
    private Embedding vector;
    private Set<String> statuses = Set.of();
    private Set<String> modes = Set.of();
    private Set<String> personas = Set.of();
    private Set<String> languages = Set.of();
    private Set<String> taskTypes = Set.of();
    private Set<String> models = Set.of();
    private Set<String> tags = Set.of();
    private Instant since;
    private Instant until;
    private Double minSuccessRate;
    private Double maxSuccessRate;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int size = DEFAULT_SIZE;
    private String after;
    private boolean facets;
    private HistogramInterval histogram = HistogramInterval.DAY;
    private boolean highlight;

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder semantic(SearchMode value, Embedding queryVector) {
      mode = value;
      vector = queryVector;
      return this;
    }

    public Builder statuses(Set<String> values) {
      statuses = values;
      return this;
    }

    public Builder modes(Set<String> values) {
      modes = values;
      return this;
    }

    public Builder personas(Set<String> values) {
      personas = values;
      return this;
    }

    public Builder languages(Set<String> values) {
      languages = values;
      return this;
    }

    public Builder taskTypes(Set<String> values) {
      taskTypes = values;
      return this;
    }

    public Builder models(Set<String> values) {
      models = values;
      return this;
    }

    public Builder tags(Set<String> values) {
      tags = values;
      return this;
    }

    public Builder finished(Instant from, Instant to) {
      since = from;
      until = to;
      return this;
    }

    public Builder successRate(Double min, Double max) {
      minSuccessRate = min;
      maxSuccessRate = max;
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    public Builder size(int value) {
      size = value;
      return this;
    }

    public Builder after(String cursor) {
      after = cursor;
      return this;
    }

    public Builder facets(HistogramInterval interval) {
      facets = true;
      histogram = interval;
      return this;
    }

    public Builder highlight() {
      highlight = true;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          text,
          mode,
          vector,
          new SearchFilters(
              statuses,
              modes,
              personas,
              languages,
              taskTypes,
              models,
              tags,
              since,
              until,
              minSuccessRate,
              maxSuccessRate),
          sort,
          size,
          after,
          facets,
          histogram,
          highlight);
    }
  }
}
