package dev.altlas.model;

import java.time.Duration;

/** Values a task takes when it does not set its own. */
public record TaskDefaults(Duration timeout, RetryPolicy retry) {

  public static final TaskDefaults STANDARD =
      new TaskDefaults(Duration.ofMinutes(5), RetryPolicy.DEFAULT);
}
