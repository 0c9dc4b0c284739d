package dev.altlas.task;

import dev.altlas.model.TaskError;

/**
 * Why a task did not succeed.
 *
 * @see TaskError
 */
public class TaskFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean retryable;

  /**
   * @param code stable and machine-readable, e.g. {@code fs.not_found}
   * @param retryable whether another attempt may succeed (network trouble: yes; a missing file or a
   *     bad parameter: no)
   */
  public TaskFailure(String code, String message, boolean retryable) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }

  public TaskFailure(String code, String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.retryable = retryable;
  }

  /** A parameter's value cannot be used. Never retryable. */
  public static TaskFailure badParam(String name, String why) {
    return new TaskFailure("task.bad_param", "parameter '" + name + "' " + why, false);
  }

  public String code() {
    return code;
  }

  public boolean retryable() {
    return retryable;
  }

  public TaskError toError() {
    return new TaskError(code, getMessage());
  }
}
