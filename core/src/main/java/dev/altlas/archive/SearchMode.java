package dev.altlas.archive;

/** How a query's text is matched. */
public enum SearchMode {
  /** By words, with Turkish and English analysis and synonyms (BM25 relevance). */
  TEXT,
  /** By meaning: cosine similarity of the run's command embedding to the query's. */
  SEMANTIC,
  /** Both: runs that match the words or are close in meaning; relevance adds the two. */
  HYBRID
}
