package dev.altlas.bench;

import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.bus.inprocess.InProcessWorkQueue;
import dev.altlas.engine.EngineSettings;
import dev.altlas.engine.RunEngine;
import dev.altlas.model.Plan;
import dev.altlas.model.RunStatus;
import dev.altlas.store.jdbc.JdbcRunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The ALT_LAS engine on a JDBC run store with the in-process bus and work queue (the embedded
 * default), running chains of no-op tasks.
 *
 * <p>A run's result counts as stored at its {@code run.finished} event, whose time the engine takes
 * after it has saved the result and marked the run finished.
 */
final class AltlasSubject implements Subject {
  /** The per-run limit of the embedded default; a chain runs one task at a time anyway. */
  private static final int MAX_PARALLEL_PER_RUN = 8;

  /** The embedded default lease; the engine renews leases and sweeps runs every third of it. */
  private static final Duration LEASE = Duration.ofSeconds(15);

  private static final String SUCCEEDED = RunStatus.SUCCEEDED.name().toLowerCase(Locale.ROOT);

  private final JdbcRunStore store;
  private final InProcessEventBus bus = new InProcessEventBus();
  private final InProcessWorkQueue queue = new InProcessWorkQueue();
  private final RunEngine engine;
  private final Plan plan;

  private AltlasSubject(JdbcRunStore store, int tasks, int workers, Completions completions) {
    this.store = store;
    this.plan = NoopPlans.chain(tasks);
    bus.subscribe(
        "runs.*.run.finished",
        e -> completions.finished(e.runId(), e.at(), SUCCEEDED.equals(e.data().get("status"))));
    this.engine =
        new RunEngine(
            store,
            bus,
            queue,
            NoopPlans.CATALOG,
            NoopPlans.handlers(),
            null,
            new EngineSettings(
                "bench-" + ProcessHandle.current().pid(),
                MAX_PARALLEL_PER_RUN,
                // the type limit is what caps the tasks running at once across all runs
                Map.of(NoopPlans.TYPE, workers),
                4,
                LEASE,
                true,
                42),
            Clock.systemUTC());
  }

  /**
   * @param tasks no-op tasks per plan, chained
   * @param fresh makes the empty database it runs on
   */
  static SubjectSpec spec(
      String key, String databaseName, int tasks, BenchOptions options, DatabaseSource fresh) {
    String settings =
        ("engine on virtual threads, at most %d no-op tasks at once (maxParallelByType),"
                + " maxParallelPerRun=%d, lease %d s; store pool %d")
            .formatted(
                options.workers(), MAX_PARALLEL_PER_RUN, LEASE.toSeconds(), options.poolSize());
    return new SubjectSpec(
        key,
        "ALT_LAS",
        databaseName,
        tasks + "-task plan",
        settings,
        "the run.finished event's time, taken after the result is saved and the run marked finished",
        completions ->
            OnDatabase.start(
                fresh,
                database ->
                    new AltlasSubject(
                        JdbcRunStore.open(database.settings(), NoopPlans.CATALOG),
                        tasks,
                        options.workers(),
                        completions)));
  }

  @Override
  public String submit() {
    return engine.submit(plan, "bench", Map.of());
  }

  @Override
  public void close() {
    try (store;
        bus;
        queue) {
      engine.close();
    }
  }
}
