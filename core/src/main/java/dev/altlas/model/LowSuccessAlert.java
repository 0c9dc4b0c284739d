package dev.altlas.model;

import java.time.Instant;

/** A group whose success rate fell below the configured threshold. */
public record LowSuccessAlert(
    StatDimension dimension,
    String key,
    double successRate,
    double threshold,
    long count,
    Instant raisedAt,
    String message) {}
