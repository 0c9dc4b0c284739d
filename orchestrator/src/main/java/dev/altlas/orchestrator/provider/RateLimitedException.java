package dev.altlas.orchestrator.provider;

import dev.altlas.ai.ModelException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code ai.rate_limited}: the provider asked to be called again later, perhaps saying when (HTTP
 * {@code Retry-After}); the router waits that long before its next attempt.
 */
public class RateLimitedException extends ModelException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * @param retryAfter null when the provider did not say
   */
  public RateLimitedException(String message, Duration retryAfter) {
    super("ai.rate_limited", message, true);
    this.retryAfter = retryAfter;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
