package dev.altlas.orchestrator.routing;

import java.time.Duration;

/**
 * How hard the router tries one provider before it falls back to the next.
 *
 * @param maxAttempts attempts per call, the first included; only retryable failures are retried
 * @param initialBackoff the wait before the second attempt; it doubles with each attempt, with
 *     jitter of ±50%, unless the provider said how long to wait (HTTP {@code Retry-After})
 * @param maxBackoff the longest wait; a provider asking for longer is left for the next one
 * @param breakerWindow the number of recent attempts the circuit breaker looks at
 * @param breakerMinimumCalls attempts needed before the breaker judges
 * @param breakerFailureRate percentage of failed attempts in the window that opens the breaker
 * @param breakerOpenFor how long an open breaker keeps the provider out before one trial call
 */
public record Resilience(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    int breakerWindow,
    int breakerMinimumCalls,
    float breakerFailureRate,
    Duration breakerOpenFor) {

  public static final Resilience DEFAULTS =
      new Resilience(
          3, Duration.ofMillis(500), Duration.ofSeconds(30), 10, 5, 50f, Duration.ofSeconds(30));

  public Resilience {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= initial (" + initialBackoff + ") <= max (" + maxBackoff + ")");
    }
    if (breakerWindow < 1 || breakerMinimumCalls < 1) {
      throw new IllegalArgumentException("breaker window and minimum calls must be at least 1");
    }
    if (breakerFailureRate <= 0 || breakerFailureRate > 100) {
      throw new IllegalArgumentException(
          "breaker failure rate must be a percentage in (0, 100], not " + breakerFailureRate);
    }
    if (breakerOpenFor.isNegative() || breakerOpenFor.isZero()) {
      throw new IllegalArgumentException("breaker open time must be positive");
    }
  }
}
