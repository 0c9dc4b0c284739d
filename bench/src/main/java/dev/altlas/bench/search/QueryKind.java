package dev.altlas.bench.search;

/** The three kinds of query the benchmark times. */
enum QueryKind {
  /** A word or two, in any text field and either language. */
  TEXT("text"),
  /** Words, and a status, a time range and a task type every hit must have. */
  FILTERED("filtered"),
  /** Words, with facets, the day histogram and the success-rate buckets over all hits. */
  FACETED("faceted");

  private final String label;

  QueryKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
