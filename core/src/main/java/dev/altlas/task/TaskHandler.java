package dev.altlas.task;

/**
 * Runs one type of catalog task. One implementation per catalog entry; the runner finds them with
 * {@link java.util.ServiceLoader} through {@link TaskPlugin} and refuses a plan whose task types
 * have no handler.
 *
 * <p>A handler may be run more than once for the same task (a retry, or a resume after a crash), so
 * side effects go through {@link TaskContext#once}. It should react to interruption (the runner
 * interrupts on timeout and cancellation).
 */
public interface TaskHandler {

  /** The catalog type it runs, e.g. {@code fs.list}. */
  String type();

  /**
   * Runs the task.
   *
   * @return the task's output: maps, lists, strings, numbers, booleans (JSON-like); may be null
   * @throws TaskFailure with a stable code when the task cannot succeed (or should be retried)
   * @throws AwaitingDecision when it cannot finish until a person decides
   * @throws InterruptedException when interrupted by a timeout or cancellation
   */
  Object execute(TaskContext context) throws TaskFailure, AwaitingDecision, InterruptedException;
}
