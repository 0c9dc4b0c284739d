package dev.altlas.store.jdbc;

import dev.altlas.run.Decision;
import dev.altlas.run.RunRecord;
import dev.altlas.run.TaskRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the records handed to the store must satisfy, checked before any SQL runs so that a bad call
 * fails with a message naming the field instead of a constraint violation.
 */
final class InputRules {
  private InputRules() {}

  static void newRun(RunRecord run, List<TaskRecord> tasks) {
    require(run != null, "createRun: run is null");
    require(tasks != null, "createRun: tasks is null (use an empty list)");
    run(run, "createRun");
    var keys = new HashSet<String>();
    for (TaskRecord t : tasks) {
      task(t, "createRun of run '" + run.runId() + "'");
      require(
          t.runId().equals(run.runId()),
          "createRun: task '"
              + t.key()
              + "' belongs to run '"
              + t.runId()
              + "', not to run '"
              + run.runId()
              + "'");
      require(keys.add(t.key()), "createRun: task key '" + t.key() + "' appears twice");
    }
  }

  static void runUpdate(RunRecord expected, RunRecord next) {
    require(expected != null && next != null, "updateRun: expected and next must not be null");
    run(next, "updateRun");
    String what = "updateRun of run '" + expected.runId() + "': ";
    require(expected.runId().equals(next.runId()), what + "next is run '" + next.runId() + "'");
    require(expected.owner().equals(next.owner()), what + "the owner cannot change");
    require(expected.createdAt().equals(next.createdAt()), what + "created_at cannot change");
    require(expected.plan().equals(next.plan()), what + "the plan cannot change");
  }

  static void taskUpdate(TaskRecord expected, TaskRecord next, String operation) {
    require(expected != null && next != null, operation + ": expected and next must not be null");
    task(next, operation);
    String what =
        operation + " of task '" + expected.key() + "' of run '" + expected.runId() + "': ";
    require(expected.runId().equals(next.runId()), what + "next is of run '" + next.runId() + "'");
    require(expected.key().equals(next.key()), what + "next has key '" + next.key() + "'");
    require(expected.taskId().equals(next.taskId()), what + "the task id cannot change");
    require(Objects.equals(expected.item(), next.item()), what + "the item index cannot change");
  }

  static void fanOut(TaskRecord expected, TaskRecord next, List<TaskRecord> items) {
    taskUpdate(expected, next, "fanOut");
    require(items != null, "fanOut: items is null (use an empty list)");
    String what = "fanOut of task '" + expected.key() + "' of run '" + expected.runId() + "': ";
    var keys = new HashSet<String>();
    for (TaskRecord item : items) {
      task(item, "fanOut");
      require(
          item.runId().equals(expected.runId()),
          what + "item '" + item.key() + "' belongs to run '" + item.runId() + "'");
      require(
          item.taskId().equals(expected.taskId()),
          what + "item '" + item.key() + "' is of task '" + item.taskId() + "'");
      require(item.item() != null, what + "item '" + item.key() + "' has no item index");
      require(
          !item.key().equals(expected.key()) && keys.add(item.key()),
          what + "item key '" + item.key() + "' is not unique");
    }
  }

  static void decision(String runId, String taskId, Decision decision) {
    require(runId != null && taskId != null, "decide: runId and taskId must not be null");
    String what = "decide on task '" + taskId + "' of run '" + runId + "': ";
    require(decision != null, what + "decision is null");
    require(decision.by() != null, what + "the decision says nobody (by) decided");
    require(decision.at() != null, what + "the decision has no time (at)");
  }

  static void effect(String key, Object result) {
    require(key != null && !key.isBlank(), "recordEffect: the idempotency key is blank");
    // effect() answers Optional, which cannot tell "returned null" from "never happened"
    require(
        result != null,
        "recordEffect '" + key + "': result is null; record what the effect returned, e.g. {}");
  }

  private static void run(RunRecord run, String operation) {
    require(run.runId() != null && !run.runId().isBlank(), operation + ": the run id is blank");
    String what = operation + " of run '" + run.runId() + "': ";
    require(run.plan() != null, what + "plan is null");
    require(run.state() != null, what + "state is null");
    require(run.owner() != null, what + "owner is null");
    require(run.createdAt() != null, what + "created_at is null");
  }

  private static void task(TaskRecord t, String operation) {
    require(t != null, operation + ": a task is null");
    require(t.runId() != null, operation + ": task '" + t.key() + "' has no run id");
    require(t.key() != null && !t.key().isBlank(), operation + ": a task has a blank key");
    String what = operation + ": task '" + t.key() + "' ";
    require(t.taskId() != null, what + "has no task id");
    require(t.state() != null, what + "has no state");
    require(t.error() == null || t.error().code() != null, what + "has an error without a code");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
