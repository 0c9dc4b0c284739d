package dev.altlas.archive;

/** The order of hits. Ties are broken by run id, ascending, so pages are stable. */
public enum SortOrder {
  /** Best match first; with no words to match, the same as {@link #NEWEST}. */
  RELEVANCE,
  NEWEST,
  OLDEST,
  SUCCESS_RATE_HIGH,
  SUCCESS_RATE_LOW,
  LONGEST
}
