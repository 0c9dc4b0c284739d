package dev.altlas.run;

import dev.altlas.model.TaskError;
import dev.altlas.model.TokenUsage;
import dev.altlas.model.Values;
import java.time.Instant;

/**
 * The stored state of one task of a run, or of one item of a {@code for_each} task.
 *
 * @param key unique within the run: the task id, or {@code ID[INDEX]} for an item
 * @param item the item index under {@code for_each}; null for the task itself
 * @param notBefore earliest time the next attempt may start (retry backoff); null for now
 * @param leaseOwner the worker running it; null unless {@link TaskState#RUNNING}
 * @param leaseUntil when another worker may take the task over if the owner has gone silent
 * @param version increases with every change; updates compare it (optimistic locking)
 */
public record TaskRecord(
    String runId,
    String key,
    String taskId,
    Integer item,
    TaskState state,
    int attempts,
    Instant notBefore,
    String leaseOwner,
    Instant leaseUntil,
    Instant startedAt,
    Instant finishedAt,
    Object output,
    TaskError error,
    String model,
    TokenUsage usage,
    long version) {

  public TaskRecord {
    output = Values.immutable(output);
  }

  /** A new task row for {@code createRun}. */
  public static TaskRecord waiting(String runId, String taskId) {
    return new TaskRecord(
        runId,
        taskId,
        taskId,
        null,
        TaskState.WAITING,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /** A new item row of a {@code for_each} task. */
  public static TaskRecord item(String runId, String taskId, int index) {
    return new TaskRecord(
        runId,
        taskId + "[" + index + "]",
        taskId,
        index,
        TaskState.READY,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  public TaskRecord withState(TaskState newState) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        newState,
        attempts,
        notBefore,
        leaseOwner,
        leaseUntil,
        startedAt,
        finishedAt,
        output,
        error,
        model,
        usage,
        version);
  }

  /** Taken by a worker for its next attempt. */
  public TaskRecord claimed(String owner, Instant now, Instant until) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        TaskState.RUNNING,
        attempts + 1,
        null,
        owner,
        until,
        startedAt == null ? now : startedAt,
        null,
        null,
        null,
        model,
        usage,
        version);
  }

  /** Back to READY for another attempt after {@code notBefore}, keeping the last error. */
  public TaskRecord retryAt(Instant newNotBefore, TaskError lastError) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        TaskState.READY,
        attempts,
        newNotBefore,
        null,
        null,
        startedAt,
        null,
        null,
        lastError,
        model,
        usage,
        version);
  }

  /** Finished in {@code finalState}. */
  public TaskRecord finished(
      TaskState finalState,
      Instant at,
      Object newOutput,
      TaskError newError,
      String newModel,
      TokenUsage newUsage) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        finalState,
        attempts,
        null,
        null,
        null,
        startedAt,
        at,
        newOutput,
        newError,
        newModel,
        newUsage,
        version);
  }

  /** The lease extended to {@code until} while the attempt goes on. */
  public TaskRecord renewed(Instant until) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        state,
        attempts,
        notBefore,
        leaseOwner,
        until,
        startedAt,
        finishedAt,
        output,
        error,
        model,
        usage,
        version);
  }

  /** Parked until a person decides; holds no lease. */
  public TaskRecord awaitingApproval() {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        TaskState.AWAITING_APPROVAL,
        attempts,
        null,
        null,
        null,
        startedAt,
        null,
        null,
        null,
        model,
        usage,
        version);
  }

  /**
   * Taken back from a worker that died mid-attempt: ready again at once, and the lost attempt is
   * not counted against the retry budget, since it never finished.
   */
  public TaskRecord reclaimed(TaskError why) {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        TaskState.READY,
        Math.max(0, attempts - 1),
        null,
        null,
        null,
        startedAt,
        null,
        null,
        why,
        model,
        usage,
        version);
  }

  /** This record as stored after one successful update. */
  public TaskRecord nextVersion() {
    return new TaskRecord(
        runId,
        key,
        taskId,
        item,
        state,
        attempts,
        notBefore,
        leaseOwner,
        leaseUntil,
        startedAt,
        finishedAt,
        output,
        error,
        model,
        usage,
        version + 1);
  }
}
