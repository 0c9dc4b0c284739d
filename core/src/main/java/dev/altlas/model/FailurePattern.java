package dev.altlas.model;

import java.time.Instant;

/** A failure that keeps happening: one error code of one task type. */
public record FailurePattern(
    String taskType, String errorCode, long count, String exampleMessage, Instant lastSeen) {}
