package dev.altlas.bench.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares the systems' first-round answers query by query. */
final class AnswerComparison {
  private AnswerComparison() {}

  /** Each of ours against its raw baseline, and our two adapters against each other. */
  static List<AnswerCheck> checks(Map<SearchSystem, Map<QueryKind, List<QueryAnswer>>> answers) {
    List<List<SearchSystem>> pairs = new ArrayList<>(SearchSystem.pairs());
    pairs.add(List.of(SearchSystem.LUCENE, SearchSystem.OPENSEARCH));
    List<AnswerCheck> checks = new ArrayList<>();
    for (List<SearchSystem> pair : pairs) {
      var a = answers.get(pair.get(0));
      var b = answers.get(pair.get(1));
      if (a != null && b != null) {
        checks.add(check(pair.get(0), a, pair.get(1), b));
      }
    }
    return checks;
  }

  private static AnswerCheck check(
      SearchSystem first,
      Map<QueryKind, List<QueryAnswer>> a,
      SearchSystem second,
      Map<QueryKind, List<QueryAnswer>> b) {
    int compared = 0;
    int totalsDiffer = 0;
    int facetsCompared = 0;
    int facetsDiffer = 0;
    String firstDifference = null;
    for (QueryKind kind : QueryKind.values()) {
      List<QueryAnswer> x = a.getOrDefault(kind, List.of());
      List<QueryAnswer> y = b.getOrDefault(kind, List.of());
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        compared++;
        if (x.get(i).total() != y.get(i).total()) {
          totalsDiffer++;
          if (firstDifference == null) {
            firstDifference =
                "%s query %d: %d against %d hits"
                    .formatted(kind.label(), i + 1, x.get(i).total(), y.get(i).total());
          }
        }
        if (x.get(i).facets() != null || y.get(i).facets() != null) {
          facetsCompared++;
          if (!Objects.equals(x.get(i).facets(), y.get(i).facets())) {
            facetsDiffer++;
            if (firstDifference == null) {
              firstDifference = "%s query %d: the facets differ".formatted(kind.label(), i + 1);
            }
          }
        }
      }
    }
    return new AnswerCheck(
        first, second, compared, totalsDiffer, facetsCompared, facetsDiffer, firstDifference);
  }

  /** Per kind, the median hits of its queries, from the first system that answered them. */
  static Map<QueryKind, Long> medianTotals(
      Map<SearchSystem, Map<QueryKind, List<QueryAnswer>>> answers) {
    Map<QueryKind, Long> medians = new LinkedHashMap<>();
    for (QueryKind kind : QueryKind.values()) {
      answers.values().stream()
          .map(byKind -> byKind.get(kind))
          .filter(Objects::nonNull)
          .findFirst()
          .ifPresent(
              list -> {
                long[] totals = list.stream().mapToLong(QueryAnswer::total).sorted().toArray();
                medians.put(kind, totals[totals.length / 2]);
              });
    }
    return medians;
  }
}
