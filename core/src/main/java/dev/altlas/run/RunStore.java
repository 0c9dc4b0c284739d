package dev.altlas.run;

import dev.altlas.model.RunResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable state of runs, their tasks, approvals, results and side-effect records. The engine
 * persists every change here before it acts on it, so a process killed at any point resumes without
 * losing or repeating work.
 *
 * <p>Updates are compare-and-set on {@code version}: they return false, changing nothing, when the
 * stored row is no longer the one the caller read (another worker got there first).
 *
 * <p>Adapters: JDBC on H2 (embedded default) and PostgreSQL. One contract suite checks both.
 */
public interface RunStore extends AutoCloseable {

  /** Stores a new run and its tasks in one transaction. */
  void createRun(RunRecord run, List<TaskRecord> tasks);

  Optional<RunRecord> findRun(String runId);

  /** The run's tasks and items, in the order they were added. */
  List<TaskRecord> tasks(String runId);

  Optional<TaskRecord> task(String runId, String key);

  /** Compare-and-set of the run's state fields; the stored version then is one higher. */
  boolean updateRun(RunRecord expected, RunRecord next);

  /** Compare-and-set of one task row; the stored version then is one higher. */
  boolean updateTask(TaskRecord expected, TaskRecord next);

  /**
   * Turns a task into its items in one transaction: the task's row becomes {@code next} (by
   * compare-and-set) and the item rows are added. False, changing nothing, if the row moved on.
   */
  boolean fanOut(TaskRecord expected, TaskRecord next, List<TaskRecord> items);

  /** Marks the run for cancellation; false if it does not exist or has finished. */
  boolean requestCancel(String runId);

  /** Runs that have not finished, oldest first: the ones to resume after a restart. */
  List<String> unfinishedRuns();

  /** Runs matching the query, newest first. */
  List<RunRecord> listRuns(RunQuery query);

  /** Stores the {@code .last} result of a finished run. */
  void saveResult(RunResult result);

  Optional<RunResult> result(String runId);

  /** Records a person's decision on an approval task; false if one was already recorded. */
  boolean decide(String runId, String taskId, Decision decision);

  Optional<Decision> decision(String runId, String taskId);

  /**
   * Records that a side effect with this idempotency key happened, with what it returned; false,
   * changing nothing, if the key was already recorded.
   */
  boolean recordEffect(String key, Object result);

  /** What the side effect with this key returned, if it happened. */
  Optional<Object> effect(String key);

  /**
   * Retention: deletes up to {@code limit} runs that finished before {@code cutoff}, oldest first,
   * with their tasks, approvals, side-effect records and {@code .last} result, each run in one
   * transaction. Unfinished runs are never deleted, however old.
   *
   * @return how many runs were deleted; less than {@code limit} when no more are that old
   */
  int purgeFinishedBefore(Instant cutoff, int limit);

  @Override
  void close();
}
