package dev.altlas.tasks.builtin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.altlas.task.TaskFailure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserting on the {@link TaskFailure} a handler throws. */
public final class Failures {
  private Failures() {}

  /** The failure thrown, after checking its code and whether it is retryable. */
  public static TaskFailure failure(ThrowingCallable call, String code, boolean retryable) {
    TaskFailure failure = catchThrowableOfType(TaskFailure.class, call);
    assertThat(failure).as("a TaskFailure %s", code).isNotNull();
    assertThat(failure.code()).isEqualTo(code);
    assertThat(failure.retryable()).as("retryable").isEqualTo(retryable);
    return failure;
  }
}
