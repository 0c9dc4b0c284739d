package dev.altlas.segmentation;

import dev.altlas.model.Backoff;
import dev.altlas.model.RetryPolicy;
import java.time.Duration;

/** What steps that change the world outside the run have in common. */
final class SideEffects {
  /**
   * A message sent twice is worse than one sent late: one retry, after a pause that lets a passing
   * outage clear.
   */
  static final RetryPolicy NOTIFY_RETRY =
      new RetryPolicy(2, Backoff.FIXED, Duration.ofSeconds(30), null);

  private SideEffects() {}
}
