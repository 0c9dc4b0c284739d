package dev.altlas.model;

import java.time.Instant;
import java.util.List;

/**
 * A {@code .last} record: the result of one run of a plan.
 *
 * @param plan a copy of the header of the plan that ran
 * @param successRate succeeded tasks over all tasks, 0..1
 * @param usage tokens used by all tasks together
 * @param summary for a person: what was done and what came out
 */
public record RunResult(
    int formatVersion,
    String runId,
    PlanHeader plan,
    RunStatus status,
    double successRate,
    Instant startedAt,
    Instant finishedAt,
    Long durationMs,
    List<TaskResult> tasks,
    List<Artifact> artifacts,
    ExecutionGraph graph,
    TokenUsage usage,
    String summary) {

  /** The newest {@code .last} format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public RunResult {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
  }
}
