package dev.altlas.engine;

import dev.altlas.bus.RunEvent;
import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.bus.inprocess.InProcessWorkQueue;
import dev.altlas.model.Backoff;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.RunResult;
import dev.altlas.model.TaskDefaults;
import dev.altlas.run.RunStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An engine on a real H2 store in a temporary directory, with scripted task types. */
final class EngineFixture implements AutoCloseable {
  final RunStore store;
  final InProcessEventBus bus = new InProcessEventBus();
  final InProcessWorkQueue queue = new InProcessWorkQueue();
  final ScriptedTasks tasks = new ScriptedTasks();
  final List<RunEvent> events = new CopyOnWriteArrayList<>();
  RunEngine engine;

  EngineFixture(Path dir) {
    store = JdbcRunStore.open(JdbcSettings.embedded(dir), ScriptedTasks.CATALOG);
    bus.subscribe("runs.>", events::add);
    engine = newEngine(8, Duration.ofSeconds(2));
  }

  RunEngine newEngine(int perRun, Duration lease) {
    return new RunEngine(
        store,
        bus,
        queue,
        ScriptedTasks.CATALOG,
        tasks.handlers(),
        null,
        new EngineSettings("test-" + System.nanoTime(), perRun, Map.of(), 4, lease, false, 42),
        Clock.systemUTC());
  }

  RunResult run(Plan plan) throws InterruptedException {
    String id = engine.submit(plan, "tester", Map.of());
    return engine
        .await(id, Duration.ofSeconds(30))
        .orElseThrow(() -> new AssertionError("run " + id + " did not finish"));
  }

  static Plan plan(PlanTask... tasks) {
    return new Plan(
        Plan.FORMAT_VERSION,
        "plan-test",
        Instant.parse("2026-11-22T00:00:00Z"),
        "test command",
        "en",
        Mode.NORMAL,
        null,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        new TaskDefaults(
            Duration.ofSeconds(10),
            new RetryPolicy(3, Backoff.EXPONENTIAL, Duration.ofMillis(10), Duration.ofMillis(50))),
        null,
        List.of(tasks));
  }

  static PlanTask echo(String id, Map<String, Object> params, String... dependsOn) {
    return PlanTask.of(id, "test.echo", null, params, List.of(dependsOn));
  }

  @Override
  public void close() {
    engine.close();
    queue.close();
    bus.close();
    store.close();
  }
}
