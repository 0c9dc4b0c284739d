package dev.altlas.task;

/** A side effect run at most once per idempotency key; see {@link TaskContext#once}. */
@FunctionalInterface
public interface SideEffect {
  /**
   * @return what the effect produced (JSON-like); recorded and returned again on repeats
   */
  Object perform() throws TaskFailure, InterruptedException;
}
