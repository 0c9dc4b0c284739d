package dev.altlas.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * db-scheduler running one-time no-op tasks on PostgreSQL, set up for throughput as its
 * documentation advises: lock-and-fetch polling and immediate execution of tasks scheduled for now.
 *
 * <p>A job's result counts as stored at {@code onExecutionComplete}, which db-scheduler calls after
 * the completion handler has removed the finished execution from its table.
 */
final class DbSchedulerSubject implements Subject {
  private static final String DDL = "/db-scheduler/postgresql_tables.sql";

  /** Without an immediate trigger the scheduler looks for due work this often. */
  private static final Duration POLLING_INTERVAL = Duration.ofSeconds(1);

  /** Fetch again below half the threads busy; take up to one execution per thread at a time. */
  private static final double LOWER_LIMIT = 0.5;

  private static final double UPPER_LIMIT = 1.0;

  private final HikariDataSource pool;
  private final OneTimeTask<Void> task =
      Tasks.oneTime("bench-noop").execute((instance, context) -> {});
  private final Scheduler scheduler;
  private final AtomicLong next = new AtomicLong();

  private DbSchedulerSubject(BenchDatabase database, int workers, Completions completions)
      throws SQLException, IOException {
    this.pool = database.pool("db-scheduler");
    createTable(pool);
    this.scheduler =
        Scheduler.create(pool, task)
            .threads(workers)
            .pollUsingLockAndFetch(LOWER_LIMIT, UPPER_LIMIT)
            .pollingInterval(POLLING_INTERVAL)
            .enableImmediateExecution()
            .shutdownMaxWait(Duration.ofSeconds(10))
            .addSchedulerListener(new Listener(completions))
            .build();
    scheduler.start();
  }

  static SubjectSpec spec(BenchOptions options, DatabaseSource fresh) {
    String settings =
        ("%d executor threads, lock-and-fetch (%.1f/%.1f of threads), immediate execution,"
                + " polling every %d s; pool %d")
            .formatted(
                options.workers(),
                LOWER_LIMIT,
                UPPER_LIMIT,
                POLLING_INTERVAL.toSeconds(),
                options.poolSize());
    return new SubjectSpec(
        "db-scheduler",
        "db-scheduler",
        "PostgreSQL",
        "1-task job",
        settings,
        "onExecutionComplete, called after the finished execution's row is removed",
        completions ->
            OnDatabase.start(
                fresh,
                database -> new DbSchedulerSubject(database, options.workers(), completions)));
  }

  /** db-scheduler leaves its table to the application; this is the DDL its documentation gives. */
  private static void createTable(HikariDataSource pool) throws SQLException, IOException {
    String ddl;
    try (InputStream in = DbSchedulerSubject.class.getResourceAsStream(DDL)) {
      if (in == null) {
        throw new IOException(DDL + " is missing from the class path");
      }
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl);
    }
  }

  @Override
  public String submit() {
    String id = "job-" + next.incrementAndGet();
    if (!scheduler.schedule(task.instance(id), Instant.now(), ScheduleOptions.defaultOptions())) {
      throw new IllegalStateException("db-scheduler already had an execution " + id);
    }
    return id;
  }

  @Override
  public void close() {
    try (pool) {
      scheduler.stop();
    }
  }

  private static final class Listener extends AbstractSchedulerListener {
    private final Completions completions;

    Listener(Completions completions) {
      this.completions = completions;
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
      completions.finished(
          complete.getExecution().getId(),
          Instant.now(),
          complete.getResult() == ExecutionComplete.Result.OK);
    }
  }
}
