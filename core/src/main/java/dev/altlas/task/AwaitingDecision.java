package dev.altlas.task;

/**
 * Thrown by a handler that cannot finish until a person decides ({@code approval.wait}). The runner
 * parks the task, without holding a thread, and runs it again once the decision is recorded; {@link
 * TaskContext#decision()} then returns it.
 */
public class AwaitingDecision extends Exception {
  private static final long serialVersionUID = 1L;

  public AwaitingDecision(String question) {
    super(question);
  }
}
