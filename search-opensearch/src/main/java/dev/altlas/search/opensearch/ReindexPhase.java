package dev.altlas.search.opensearch;

/** The steps of a reindex, in order. */
public enum ReindexPhase {
  /** Copying the source into the new index, batch by batch, from the checkpoint on. */
  COPY,
  /** Copying what the source gained while the copy ran. */
  CATCH_UP,
  /** Comparing counts and checksums per day between the source and the new index. */
  VERIFY,
  /** Both aliases moved to the new index; what arrived meanwhile is copied too. */
  SWITCHED
}
