package dev.altlas.engine;

import dev.altlas.run.Decision;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import java.util.Locale;

/**
 * What a person does to a run from outside the process running it — cancel, approve, reject — done
 * in the store alone. The engine running the run picks the change up on its next sweep.
 */
public final class RunControl {
  private final RunStore store;

  public RunControl(RunStore store) {
    this.store = store;
  }

  /**
   * @return false if the run does not exist or has finished
   */
  public boolean cancel(String runId) {
    return store.requestCancel(runId);
  }

  /**
   * Records a decision on an {@code approval.wait} task and makes the task ready to finish.
   *
   * @return the task as it now is
   * @throws IllegalArgumentException if the run or task does not exist
   * @throws IllegalStateException naming the task's state when it is not waiting for a decision
   */
  public TaskRecord decide(String runId, String taskId, Decision decision) {
    if (store.findRun(runId).isEmpty()) {
      throw new IllegalArgumentException("there is no run '" + runId + "'");
    }
    TaskRecord t =
        store
            .task(runId, taskId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("run " + runId + " has no task '" + taskId + "'"));
    if (t.state() != TaskState.AWAITING_APPROVAL) {
      throw new IllegalStateException(
          "task '"
              + taskId
              + "' is not waiting for approval (it is "
              + t.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ")");
    }
    if (!store.decide(runId, taskId, decision)) {
      throw new IllegalStateException("task '" + taskId + "' was already decided");
    }
    TaskRecord ready = t.withState(TaskState.READY);
    if (!store.updateTask(t, ready)) {
      throw new IllegalStateException("task '" + taskId + "' changed meanwhile; try again");
    }
    return ready.nextVersion();
  }
}
