package dev.altlas.engine;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.ParamType;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.run.Decision;
import dev.altlas.task.AwaitingDecision;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Task types whose behaviour a test scripts through parameters, and that record what they did: how
 * many ran at once, how many attempts each key saw, which side effects happened.
 */
final class ScriptedTasks {
  static final TaskCatalog CATALOG =
      new TaskCatalog(
          List.of(
              type(
                  "test.echo",
                  param("value", ParamType.ANY, true),
                  param("sleep_ms", ParamType.INTEGER, false),
                  param("fail_first", ParamType.INTEGER, false),
                  param("fail", ParamType.STRING, false),
                  param("effect", ParamType.STRING, false)),
              type("test.approve", param("question", ParamType.STRING, true))));

  final AtomicInteger runningNow = new AtomicInteger();
  final AtomicInteger maxRunning = new AtomicInteger();
  final Map<String, AtomicInteger> attemptsByKey = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> effects = new ConcurrentHashMap<>();

  private static TaskType type(String name, ParamSpec... params) {
    return new TaskType(name, "test", "scripted test task", false, "{value}", List.of(params));
  }

  private static ParamSpec param(String name, ParamType type, boolean required) {
    return new ParamSpec(name, type, required, name, null, List.of(), null);
  }

  TaskHandlers handlers() {
    return new TaskHandlers(List.of(new Echo(), new Approve()));
  }

  /**
   * Returns {value: …} after sleeping {@code sleep_ms} and performing a side effect named {@code
   * effect} through {@link TaskContext#once}; then fails (retryably) on the first {@code
   * fail_first} attempts, or for good when {@code fail} is set.
   */
  private final class Echo implements TaskHandler {
    @Override
    public String type() {
      return "test.echo";
    }

    @Override
    public Object execute(TaskContext ctx) throws TaskFailure, InterruptedException {
      attemptsByKey.computeIfAbsent(ctx.taskKey(), k -> new AtomicInteger()).incrementAndGet();
      maxRunning.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
      try {
        long sleep = ctx.params().integer("sleep_ms", 0);
        if (sleep > 0) {
          Thread.sleep(sleep);
        }
        var effect = ctx.params().optionalString("effect");
        if (effect.isPresent()) {
          ctx.once(
              effect.get(),
              () ->
                  effects
                      .computeIfAbsent(ctx.runId() + "/" + effect.get(), k -> new AtomicInteger())
                      .incrementAndGet());
        }
        if (ctx.attempt() <= ctx.params().integer("fail_first", 0)) {
          throw new TaskFailure("test.flaky", "attempt " + ctx.attempt() + " fails", true);
        }
        var fail = ctx.params().optionalString("fail");
        if (fail.isPresent()) {
          throw new TaskFailure("test.failed", fail.get(), false);
        }
        return Map.of("value", ctx.params().get("value").orElseThrow());
      } finally {
        runningNow.decrementAndGet();
      }
    }
  }

  private static final class Approve implements TaskHandler {
    @Override
    public String type() {
      return "test.approve";
    }

    @Override
    public Object execute(TaskContext ctx) throws TaskFailure, AwaitingDecision {
      var d = ctx.decision();
      if (d.isEmpty()) {
        throw new AwaitingDecision(ctx.params().string("question"));
      }
      Decision decision = d.get();
      if (!decision.approved()) {
        throw new TaskFailure("approval.rejected", "rejected by " + decision.by(), false);
      }
      return Map.of("decision", "approved", "by", decision.by());
    }
  }
}
