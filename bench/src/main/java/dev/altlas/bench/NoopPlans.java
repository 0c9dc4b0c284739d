package dev.altlas.bench;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.engine.TaskHandlers;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskDefaults;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work ALT_LAS runs here: a task type that does nothing, and plans that chain it — so that what
 * is measured is the engine and its store, not the tasks.
 */
final class NoopPlans {
  static final String TYPE = "bench.noop";

  /** A catalog of just the no-op type, which has no parameters. */
  static final TaskCatalog CATALOG =
      new TaskCatalog(
          List.of(new TaskType(TYPE, "bench", "does nothing", false, "nothing", List.of())));

  private NoopPlans() {}

  static TaskHandlers handlers() {
    return new TaskHandlers(List.of(new Noop()));
  }

  /** A plan of {@code tasks} no-op tasks, each depending on the one before (t1 → t2 → …). */
  static Plan chain(int tasks) {
    var chain = new ArrayList<PlanTask>(tasks);
    for (int i = 1; i <= tasks; i++) {
      List<String> before = i == 1 ? List.of() : List.of("t" + (i - 1));
      chain.add(PlanTask.of("t" + i, TYPE, null, Map.of(), before));
    }
    return new Plan(
        Plan.FORMAT_VERSION,
        "plan-bench-" + tasks,
        Instant.parse("2026-11-22T00:00:00Z"),
        "benchmark: " + tasks + " no-op task(s)",
        "en",
        Mode.NORMAL,
        null,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        // a no-op cannot fail; no retries keeps the comparison with single-attempt jobs plain
        new TaskDefaults(Duration.ofSeconds(30), RetryPolicy.NONE),
        null,
        chain);
  }

  private static final class Noop implements TaskHandler {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Object execute(TaskContext context) {
      return null;
    }
  }
}
