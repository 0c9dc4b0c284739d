package dev.altlas.model;

import java.time.Duration;

/**
 * How often a task is attempted and how long to wait between attempts.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param backoff how the delay grows
 * @param initialDelay delay before the second attempt
 * @param maxDelay upper bound on any delay; may be null for no bound
 */
public record RetryPolicy(
    int maxAttempts, Backoff backoff, Duration initialDelay, Duration maxDelay) {

  /** Three attempts with exponential backoff from one second, capped at one minute. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Backoff.EXPONENTIAL, Duration.ofSeconds(1), Duration.ofMinutes(1));

  /** A single attempt. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Backoff.NONE, Duration.ZERO, null);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max_attempts must be at least 1, was " + maxAttempts);
    }
    if (backoff == null) {
      backoff = Backoff.EXPONENTIAL;
    }
    if (initialDelay == null) {
      initialDelay = Duration.ZERO;
    }
  }
}
