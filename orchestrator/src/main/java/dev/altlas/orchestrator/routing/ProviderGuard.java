package dev.altlas.orchestrator.routing;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.format.DurationText;
import dev.altlas.orchestrator.provider.RateLimitedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One provider behind its own circuit breaker, retry policy and timeout, so that one slow or
 * failing provider neither holds up the others nor is called while it is known to be down.
 */
final class ProviderGuard {
  private static final double BACKOFF_MULTIPLIER = 2.0;
  private static final double BACKOFF_JITTER = 0.5;

  private final ProviderRoute route;
  private final int order;
  private final CircuitBreaker breaker;
  private final Retry retry;

  ProviderGuard(ProviderRoute route, int order, Resilience resilience) {
    this.route = route;
    this.order = order;
    String name = route.provider().name();
    this.breaker =
        CircuitBreaker.of(
            name,
            CircuitBreakerConfig.custom()
                .slidingWindow(
                    resilience.breakerWindow(),
                    resilience.breakerMinimumCalls(),
                    CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(resilience.breakerFailureRate())
                .waitDurationInOpenState(resilience.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(ProviderGuard::isHealthFailure)
                .ignoreException(e -> !isHealthFailure(e))
                .build());
    IntervalFunction backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            resilience.initialBackoff(),
            BACKOFF_MULTIPLIER,
            BACKOFF_JITTER,
            resilience.maxBackoff());
    Duration maxBackoff = resilience.maxBackoff();
    this.retry =
        Retry.of(
            name,
            RetryConfig.custom()
                .maxAttempts(resilience.maxAttempts())
                .intervalBiFunction(
                    (IntervalBiFunction<Object>)
                        (attempt, outcome) ->
                            outcome.isLeft() && outcome.getLeft() instanceof RateLimitedException r
                                ? r.retryAfter()
                                    .map(Duration::toMillis)
                                    .orElse(backoff.apply(attempt))
                                : backoff.apply(attempt))
                .retryOnException(e -> isWorthRetrying(e, maxBackoff))
                .build());
  }

  ModelPort provider() {
    return route.provider();
  }

  String name() {
    return route.provider().name();
  }

  int costRank() {
    return route.costRank();
  }

  int order() {
    return order;
  }

  CircuitBreaker.State state() {
    return breaker.getState();
  }

  /** Calls the provider, retrying retryable failures with backoff. */
  <T> ModelReply<T> call(ModelCall<T> call) throws ModelException, InterruptedException {
    Retry.Context<ModelReply<T>> context = retry.context();
    ModelException failure = null;
    while (true) {
      try {
        ModelReply<T> reply = attempt(call);
        context.onComplete();
        return reply;
      } catch (CircuitOpenException e) {
        // Opened by this call's own failures: the last real failure says more.
        throw failure == null ? e : failure;
      } catch (ModelException e) {
        failure = e;
      }
      try {
        context.onError(failure);
      } catch (ModelException last) {
        // Retry re-sets the interrupt flag and rethrows when its wait is interrupted.
        if (Thread.interrupted()) {
          throw new InterruptedException("interrupted while waiting to retry " + name());
        }
        throw last;
      } catch (Exception impossible) {
        throw new IllegalStateException("retry rethrew what it was not given", impossible);
      }
    }
  }

  /** Calls the provider once: for streams, where a retry would repeat what was already sent. */
  <T> ModelReply<T> callOnce(ModelCall<T> call) throws ModelException, InterruptedException {
    return attempt(call);
  }

  /** One attempt, unless the breaker is open. */
  private <T> ModelReply<T> attempt(ModelCall<T> call) throws ModelException, InterruptedException {
    if (!breaker.tryAcquirePermission()) {
      throw new CircuitOpenException(name());
    }
    long started = System.nanoTime();
    try {
      ModelReply<T> reply = withTimeout(call);
      breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      return reply;
    } catch (ModelException e) {
      breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
      throw e;
    } catch (InterruptedException | RuntimeException e) {
      breaker.releasePermission();
      throw e;
    }
  }

  /**
   * The call runs on its own virtual thread so that a provider ignoring interrupts is left behind.
   */
  private <T> ModelReply<T> withTimeout(ModelCall<T> call)
      throws ModelException, InterruptedException {
    var task = new FutureTask<ModelReply<T>>(() -> call.apply(route.provider()));
    Thread.ofVirtual().name("model-" + name()).start(task);
    try {
      return task.get(route.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ModelException(
          "ai.timeout",
          name() + " did not answer within " + DurationText.format(route.timeout()),
          true,
          e);
    } catch (InterruptedException e) {
      task.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ModelException m) {
        throw m;
      }
      if (cause instanceof InterruptedException) {
        throw new ModelException("ai.unavailable", name() + " was interrupted", true, cause);
      }
      throw new ModelException(
          "ai.unavailable", name() + " failed unexpectedly: " + cause, false, cause);
    }
  }

  /** Failures that say the provider is unwell, as opposed to a request it cannot serve. */
  private static boolean isHealthFailure(Throwable e) {
    return e instanceof ModelException m && (m.retryable() || m.code().equals("ai.unauthorized"));
  }

  private static boolean isWorthRetrying(Throwable e, Duration maxBackoff) {
    if (!(e instanceof ModelException m) || !m.retryable()) {
      return false;
    }
    // A provider that asks for a longer pause than we wait is better left for the next one.
    return !(e instanceof RateLimitedException r)
        || r.retryAfter().map(d -> d.compareTo(maxBackoff) <= 0).orElse(true);
  }
}
