package dev.altlas.engine;

import dev.altlas.model.TaskError;

/** How one attempt ended. */
sealed interface Outcome {
  record Succeeded(Object output) implements Outcome {}

  record Failed(TaskError error, boolean retryable) implements Outcome {}

  record TimedOut(TaskError error) implements Outcome {}

  record Cancelled() implements Outcome {}

  record AwaitingApproval(String question) implements Outcome {}
}
