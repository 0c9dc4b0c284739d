package dev.altlas.model;

import java.time.Instant;

/**
 * What one task of a run did.
 *
 * @param output the task's JSON output (maps, lists, strings, numbers, booleans); null when none
 * @param model the AI model used, when the task used one
 */
public record TaskResult(
    String id,
    String type,
    TaskStatus status,
    int attempts,
    Instant startedAt,
    Instant finishedAt,
    Long durationMs,
    Object output,
    TaskError error,
    String model,
    TokenUsage usage) {

  public TaskResult {
    output = Values.immutable(output);
  }
}
