package dev.altlas.model;

/** Success rate and latency percentiles of one group of tasks or runs. */
public record OutcomeStats(
    StatDimension dimension,
    String key,
    long count,
    double successRate,
    long p50Ms,
    long p95Ms,
    long p99Ms) {}
