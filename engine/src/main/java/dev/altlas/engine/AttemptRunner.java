package dev.altlas.engine;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.ChaosFault;
import dev.altlas.model.PlanTask;
import dev.altlas.model.TaskError;
import dev.altlas.task.AwaitingDecision;
import dev.altlas.task.Params;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs one attempt of one task: applies catalog defaults and chaos faults, calls the handler on its
 * own virtual thread and turns whatever happened into an {@link Outcome}.
 */
final class AttemptRunner {
  private final TaskCatalog catalog;
  private final TaskHandlers handlers;
  private final ExecutorService threads;

  AttemptRunner(TaskCatalog catalog, TaskHandlers handlers, ExecutorService threads) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.threads = threads;
  }

  /**
   * @param running registers the handler's future so that cancellation can interrupt it
   */
  Outcome run(
      PlanTask task,
      Map<String, Object> resolvedParams,
      Duration timeout,
      ContextFactory contexts,
      java.util.function.Consumer<Future<?>> running) {
    TaskHandler handler = handlers.find(task.type()).orElseThrow();
    AttemptContext context = contexts.create(new Params(withDefaults(task.type(), resolvedParams)));
    Future<Object> future =
        threads.submit(
            () -> {
              injectChaos(task.chaos(), context.attempt());
              return handler.execute(context);
            });
    running.accept(future);
    try {
      return new Outcome.Succeeded(
          future.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Outcome.TimedOut(
          new TaskError(
              "task.timeout",
              "did not finish within " + dev.altlas.format.DurationText.format(timeout)));
    } catch (java.util.concurrent.CancellationException e) {
      return new Outcome.Cancelled();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome.Cancelled();
    } catch (ExecutionException e) {
      return failure(e.getCause());
    }
  }

  private static Outcome failure(Throwable cause) {
    return switch (cause) {
      case TaskFailure f -> new Outcome.Failed(f.toError(), f.retryable());
      case AwaitingDecision a -> new Outcome.AwaitingApproval(a.getMessage());
      case InterruptedException i -> new Outcome.Cancelled();
      default ->
          new Outcome.Failed(
              new TaskError(
                  "task.crashed",
                  "the task handler failed unexpectedly: "
                      + cause.getClass().getSimpleName()
                      + (cause.getMessage() == null ? "" : ": " + cause.getMessage())),
              false);
    };
  }

  /** Chaos mode: the plan says which attempts fail and how much latency to add. */
  private static void injectChaos(ChaosFault chaos, int attempt)
      throws TaskFailure, InterruptedException {
    if (chaos == null) {
      return;
    }
    if (chaos.latency() != null && !chaos.latency().isZero()) {
      Thread.sleep(chaos.latency());
    }
    if (attempt <= chaos.failAttempts()) {
      throw new TaskFailure(
          "chaos.injected",
          "chaos mode: attempt "
              + attempt
              + " of the first "
              + chaos.failAttempts()
              + " fails on purpose",
          true);
    }
  }

  private Map<String, Object> withDefaults(String type, Map<String, Object> params) {
    var all = new LinkedHashMap<String, Object>();
    catalog
        .find(type)
        .ifPresent(
            t -> {
              for (ParamSpec p : t.params()) {
                if (p.defaultValue() != null) {
                  all.put(p.name(), p.defaultValue());
                }
              }
            });
    all.putAll(params);
    return all;
  }

  /** Makes the context of this attempt once the parameters are known. */
  @FunctionalInterface
  interface ContextFactory {
    AttemptContext create(Params params);
  }
}
