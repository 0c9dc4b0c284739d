package dev.altlas.bench.search;

import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.SearchQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One query of the benchmark, in parts every system can take: our adapters get it as a {@link
 * SearchQuery}, the raw baselines build their own queries from the parts. Every query asks for the
 * first page of {@value #PAGE} hits by relevance and the exact number of hits.
 *
 * @param words each must match, in any text field, in either language's analysis
 * @param statuses a hit has one of these; empty for any
 * @param taskTypes a hit has a task of one of these types; empty for any
 * @param since a hit finished at or after this; null for no lower bound
 * @param until a hit finished before this; null for no upper bound
 * @param facets whether to count the facets, the day histogram and the success-rate buckets
 */
record BenchQuery(
    QueryKind kind,
    List<String> words,
    Set<String> statuses,
    Set<String> taskTypes,
    Instant since,
    Instant until,
    boolean facets) {

  static final int PAGE = 20;

  BenchQuery {
    words = List.copyOf(words);
    statuses = Set.copyOf(statuses);
    taskTypes = Set.copyOf(taskTypes);
  }

  SearchQuery toSearchQuery() {
    SearchQuery.Builder query =
        SearchQuery.text(String.join(" ", words))
            .statuses(statuses)
            .taskTypes(taskTypes)
            .finished(since, until)
            .size(PAGE);
    if (facets) {
      query.facets(HistogramInterval.DAY);
    }
    return query.build();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.label()).append(' ').append(words);
    if (!statuses.isEmpty()) {
      text.append(" status ").append(statuses);
    }
    if (!taskTypes.isEmpty()) {
      text.append(" task ").append(taskTypes);
    }
    if (since != null || until != null) {
      text.append(" finished ").append(since).append("..").append(until);
    }
    return text.toString();
  }
}
