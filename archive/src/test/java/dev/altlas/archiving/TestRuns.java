package dev.altlas.archiving;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskError;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Plans and {@code .last} results that the archive store accepts, built for tests. */
final class TestRuns {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private TestRuns() {}

  static Plan plan(String planId, String command, Mode mode, Persona persona) {
    return new Plan(
        Plan.FORMAT_VERSION,
        planId,
        T0,
        command,
        "en",
        mode,
        persona,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(
            PlanTask.of("list", "fs.list", "List the files", Map.of("path", "./docs"), List.of())));
  }

  static Plan plan(String planId, String command) {
    return plan(planId, command, Mode.NORMAL, Persona.TECHNICAL_EXPERT);
  }

  /** A task that took {@code durationMs} and finished at {@code finishedAt}. */
  static TaskResult task(
      String id,
      String type,
      TaskStatus status,
      long durationMs,
      String model,
      String errorCode,
      Instant finishedAt) {
    TaskError error =
        errorCode == null ? null : new TaskError(errorCode, type + " failed with " + errorCode);
    return new TaskResult(
        id,
        type,
        status,
        1,
        finishedAt.minusMillis(durationMs),
        finishedAt,
        durationMs,
        null,
        error,
        model,
        null);
  }

  static TaskResult succeeded(String id, String type, long durationMs) {
    return task(id, type, TaskStatus.SUCCEEDED, durationMs, null, null, T0);
  }

  static RunResult result(
      String runId,
      Plan plan,
      RunStatus status,
      Instant finishedAt,
      long durationMs,
      List<TaskResult> tasks) {
    long succeeded = tasks.stream().filter(t -> t.status() == TaskStatus.SUCCEEDED).count();
    double rate = tasks.isEmpty() ? 0 : (double) succeeded / tasks.size();
    return new RunResult(
        RunResult.FORMAT_VERSION,
        runId,
        plan.header(),
        status,
        rate,
        finishedAt.minusMillis(durationMs),
        finishedAt,
        durationMs,
        tasks,
        List.of(),
        null,
        null,
        "Ran: " + plan.command());
  }

  /** A succeeded run of {@code plan} with one fs.list task, finished at {@code finishedAt}. */
  static RunResult succeeded(String runId, Plan plan, Instant finishedAt) {
    return result(
        runId,
        plan,
        RunStatus.SUCCEEDED,
        finishedAt,
        1200,
        List.of(task("list", "fs.list", TaskStatus.SUCCEEDED, 40, null, null, finishedAt)));
  }

  /** Stores a run as the engine does up to its start; returns the stored record. */
  static RunRecord start(RunStore runs, String runId, Instant createdAt) {
    Plan plan = plan("plan-" + runId, "List the files for " + runId);
    RunRecord queued = RunRecord.queued(runId, plan, "local", createdAt);
    runs.createRun(queued, List.of(TaskRecord.waiting(runId, "list")));
    RunRecord started = queued.started(createdAt);
    if (!runs.updateRun(queued, started)) {
      throw new IllegalStateException("could not start " + runId);
    }
    return started.nextVersion();
  }

  /** Finishes a started run as the engine does: the result first, then the finished state. */
  static RunResult finish(RunStore runs, RunRecord started, Instant finishedAt) {
    RunResult result = succeeded(started.runId(), started.plan(), finishedAt);
    runs.saveResult(result);
    if (!runs.updateRun(started, started.finished(RunState.SUCCEEDED, finishedAt))) {
      throw new IllegalStateException("could not finish " + started.runId());
    }
    return result;
  }
}
