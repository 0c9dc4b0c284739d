package dev.altlas.search.opensearch;

import java.time.Duration;

/**
 * Where a reindex stands, reported after every batch and at each phase.
 *
 * @param target the new concrete index
 * @param copied runs in the new index so far, including those copied before a resume
 * @param total runs in the source when last counted
 * @param docsPerSecond copy rate of this run so far
 * @param eta time left at that rate; zero when done or unknown
 */
public record ReindexProgress(
    ReindexPhase phase,
    String target,
    long copied,
    long total,
    double docsPerSecond,
    Duration eta) {}
