package dev.altlas.bench.search;

import java.util.Arrays;
import java.util.List;

/** The systems the search benchmark compares: each of our adapters and its raw baseline. */
enum SearchSystem {
  LUCENE("lucene", "LuceneSearchIndex (ours) on a local directory"),
  LUCENE_RAW("lucene-raw", "hand-written IndexWriter/IndexSearcher on a local directory"),
  OPENSEARCH("opensearch", "OpenSearchIndex (ours) through its aliases"),
  OPENSEARCH_RAW("opensearch-raw", "hand-written opensearch-java bulk/search on one index");

  private final String key;
  private final String description;

  SearchSystem(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** What {@code --systems} selects it by, and its name in the tables. */
  String key() {
    return key;
  }

  String description() {
    return description;
  }

  boolean onOpenSearch() {
    return this == OPENSEARCH || this == OPENSEARCH_RAW;
  }

  /** Ours and the raw baseline doing the same work, the pairs the ratios compare. */
  static List<List<SearchSystem>> pairs() {
    return List.of(List.of(LUCENE, LUCENE_RAW), List.of(OPENSEARCH, OPENSEARCH_RAW));
  }

  static SearchSystem byKey(String key) {
    return Arrays.stream(values())
        .filter(s -> s.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown system '"
                        + key
                        + "'; the systems are "
                        + String.join(", ", Arrays.stream(values()).map(s -> s.key).toList())));
  }
}
