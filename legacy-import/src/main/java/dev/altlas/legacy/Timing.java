package dev.altlas.legacy;

import dev.altlas.model.Backoff;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskDefaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-step timeouts and retries from {@code timeout_seconds} and {@code retry_count}. A value every
 * step shares becomes the plan default instead of being repeated on each step.
 */
record Timing(List<Duration> timeouts, List<RetryPolicy> retries, TaskDefaults defaults) {
  // The .alt schema allows at most 100 attempts.
  private static final int MAX_ATTEMPTS = 100;
  private static final Duration LONGEST_TIMEOUT = Duration.ofDays(7);
  // retry_count said only how often; the delays are the platform's standard ones.
  private static final Duration FIRST_RETRY_DELAY = RetryPolicy.DEFAULT.initialDelay();
  private static final Duration LONGEST_RETRY_DELAY = RetryPolicy.DEFAULT.maxDelay();

  static Timing of(List<LegacyTask> legacy, List<String> warnings) {
    var timeouts = new ArrayList<Duration>();
    var retries = new ArrayList<RetryPolicy>();
    for (LegacyTask task : legacy) {
      timeouts.add(timeout(task, warnings));
      retries.add(retry(task, warnings));
    }
    Duration sharedTimeout = shared(timeouts);
    RetryPolicy sharedRetry = shared(retries);
    var defaults =
        new TaskDefaults(
            sharedTimeout == null ? TaskDefaults.STANDARD.timeout() : sharedTimeout,
            sharedRetry == null ? TaskDefaults.STANDARD.retry() : sharedRetry);
    return new Timing(
        sharedTimeout == null ? timeouts : nulls(timeouts.size()),
        sharedRetry == null ? retries : nulls(retries.size()),
        defaults);
  }

  private static Duration timeout(LegacyTask task, List<String> warnings) {
    Long seconds = task.timeoutSeconds();
    if (seconds == null) {
      return null;
    }
    if (seconds <= 0 || seconds > LONGEST_TIMEOUT.toSeconds()) {
      warnings.add(
          task.label()
              + " has timeout_seconds "
              + seconds
              + ", outside 1 s to 7 days; it takes the plan default");
      return null;
    }
    return Duration.ofSeconds(seconds);
  }

  private static RetryPolicy retry(LegacyTask task, List<String> warnings) {
    Long count = task.retryCount();
    if (count == null) {
      return null;
    }
    if (count < 0) {
      warnings.add(
          task.label() + " has retry_count " + count + "; it takes the plan default retry");
      return null;
    }
    if (count >= MAX_ATTEMPTS) {
      warnings.add(
          task.label()
              + " has retry_count "
              + count
              + "; it is attempted at most "
              + MAX_ATTEMPTS
              + " times");
    }
    int attempts = (int) Math.min(count + 1, MAX_ATTEMPTS);
    return new RetryPolicy(attempts, Backoff.EXPONENTIAL, FIRST_RETRY_DELAY, LONGEST_RETRY_DELAY);
  }

  /** The value when every step has the same non-null one, else null. */
  private static <T> T shared(List<T> values) {
    if (values.isEmpty() || values.contains(null)) {
      return null;
    }
    return values.stream().distinct().count() == 1 ? values.get(0) : null;
  }

  private static <T> List<T> nulls(int size) {
    var list = new ArrayList<T>(size);
    for (int i = 0; i < size; i++) {
      list.add(null);
    }
    return list;
  }
}
