package dev.altlas.engine;

import dev.altlas.model.Artifact;
import dev.altlas.model.ExecutionGraph;
import dev.altlas.model.GraphEdge;
import dev.altlas.model.GraphNode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.model.TokenUsage;
import dev.altlas.run.RunRecord;
import dev.altlas.run.TaskRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a finished run's stored state into its {@code .last} record. */
final class ResultBuilder {
  private ResultBuilder() {}

  static RunStatus status(RunRecord run, List<TaskRecord> topLevel) {
    if (run.cancelRequested()) {
      return RunStatus.CANCELLED;
    }
    long ok =
        topLevel.stream().filter(t -> t.state() == dev.altlas.run.TaskState.SUCCEEDED).count();
    if (ok == topLevel.size()) {
      return RunStatus.SUCCEEDED;
    }
    return ok == 0 ? RunStatus.FAILED : RunStatus.PARTIALLY_SUCCEEDED;
  }

  static RunResult build(RunRecord run, List<TaskRecord> all, Instant finishedAt) {
    Plan plan = run.plan();
    Map<String, TaskRecord> byKey = new java.util.HashMap<>();
    all.forEach(t -> byKey.put(t.key(), t));
    var results = new ArrayList<TaskResult>();
    var nodes = new ArrayList<GraphNode>();
    var edges = new ArrayList<GraphEdge>();
    var artifacts = new ArrayList<Artifact>();
    var topLevel = new ArrayList<TaskRecord>();
    TokenUsage total = TokenUsage.ZERO;
    for (PlanTask task : plan.tasks()) {
      TaskRecord r = byKey.get(task.id());
      topLevel.add(r);
      int attempts = r.attempts() + itemAttempts(all, task.id());
      TokenUsage usage = usage(all, task.id());
      total = total.plus(usage == null ? TokenUsage.ZERO : usage);
      results.add(
          new TaskResult(
              task.id(),
              task.type(),
              status(r),
              attempts,
              r.startedAt(),
              r.finishedAt(),
              millis(r.startedAt(), r.finishedAt()),
              r.output(),
              r.error(),
              r.model(),
              usage));
      nodes.add(new GraphNode(task.id(), task.type(), status(r), r.startedAt(), r.finishedAt()));
      task.dependsOn().forEach(d -> edges.add(new GraphEdge(d, task.id())));
      artifactIn(task.id(), r.output()).ifPresent(artifacts::add);
    }
    RunStatus status = status(run, topLevel);
    long succeeded = results.stream().filter(r -> r.status() == TaskStatus.SUCCEEDED).count();
    Instant started = run.startedAt() == null ? run.createdAt() : run.startedAt();
    return new RunResult(
        RunResult.FORMAT_VERSION,
        run.runId(),
        plan.header(),
        status,
        results.isEmpty() ? 0 : (double) succeeded / results.size(),
        started,
        finishedAt,
        millis(started, finishedAt),
        results,
        artifacts,
        new ExecutionGraph(nodes, edges),
        total.equals(TokenUsage.ZERO) ? null : total,
        RunSummary.describe(status, results, Duration.ofMillis(millis(started, finishedAt))));
  }

  private static int itemAttempts(List<TaskRecord> all, String taskId) {
    return all.stream()
        .filter(t -> t.item() != null && t.taskId().equals(taskId))
        .mapToInt(TaskRecord::attempts)
        .sum();
  }

  private static TokenUsage usage(List<TaskRecord> all, String taskId) {
    TokenUsage sum = null;
    for (TaskRecord t : all) {
      if (t.taskId().equals(taskId) && t.usage() != null) {
        sum = sum == null ? t.usage() : sum.plus(t.usage());
      }
    }
    return sum;
  }

  static TaskStatus status(TaskRecord r) {
    return switch (r.state()) {
      case SUCCEEDED -> TaskStatus.SUCCEEDED;
      case SKIPPED -> TaskStatus.SKIPPED;
      case CANCELLED -> TaskStatus.CANCELLED;
      case TIMED_OUT -> TaskStatus.TIMED_OUT;
      default -> TaskStatus.FAILED;
    };
  }

  private static Long millis(Instant from, Instant to) {
    return from == null || to == null ? null : Math.max(0, Duration.between(from, to).toMillis());
  }

  /**
   * Outputs that describe a stored file ({@code uri}, {@code size}, {@code sha256}) are artifacts.
   */
  private static java.util.Optional<Artifact> artifactIn(String taskId, Object output) {
    if (output instanceof Map<?, ?> m
        && m.get("uri") instanceof String uri
        && m.get("sha256") instanceof String sha
        && m.get("size") instanceof Number size) {
      Object name = m.containsKey("key") ? m.get("key") : m.get("path");
      return java.util.Optional.of(
          new Artifact(
              name == null ? taskId : String.valueOf(name),
              taskId,
              "output",
              m.get("media_type") instanceof String mt ? mt : null,
              size.longValue(),
              sha,
              uri));
    }
    return java.util.Optional.empty();
  }
}
