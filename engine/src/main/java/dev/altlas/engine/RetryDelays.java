package dev.altlas.engine;

import dev.altlas.model.Backoff;
import dev.altlas.model.RetryPolicy;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt: exponential (doubling) or fixed, capped, with "full
 * jitter" on the exponential part so that many failing tasks do not retry in lockstep.
 */
final class RetryDelays {
  private RetryDelays() {}

  /**
   * @param failedAttempt the attempt that just failed, 1 for the first
   */
  static Duration after(RetryPolicy policy, int failedAttempt, RandomGenerator random) {
    Duration initial = policy.initialDelay();
    Duration delay =
        switch (policy.backoff()) {
          case NONE -> Duration.ZERO;
          case FIXED -> initial;
          case EXPONENTIAL -> {
            long base = initial.toMillis();
            long exp = base << Math.min(failedAttempt - 1, 30);
            long capped =
                policy.maxDelay() == null ? exp : Math.min(exp, policy.maxDelay().toMillis());
            // Half fixed, half random: keeps the growth visible while spreading retries out.
            yield Duration.ofMillis(
                capped / 2 + (capped <= 1 ? 0 : random.nextLong(capped / 2 + 1)));
          }
        };
    if (policy.backoff() != Backoff.EXPONENTIAL
        && policy.maxDelay() != null
        && delay.compareTo(policy.maxDelay()) > 0) {
      return policy.maxDelay();
    }
    return delay;
  }
}
