package dev.altlas.model;

import java.time.Instant;

/** A task as it ran, for drawing the execution graph. */
public record GraphNode(
    String id, String type, TaskStatus status, Instant startedAt, Instant finishedAt) {}
