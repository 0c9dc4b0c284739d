package dev.altlas.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.ApplyStateFilter;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.configuration.BackgroundJobServerThreadType;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;

/**
 * JobRunr running fire-and-forget no-op jobs on PostgreSQL; its storage provider creates its own
 * tables. JobRunr is configured once per JVM (it keeps global state), so only one may run at a
 * time.
 *
 * <p>A job's result counts as stored at {@code onStateApplied} with the SUCCEEDED state, which
 * JobRunr calls after it has saved the job in that state.
 */
final class JobRunrSubject implements Subject {
  /** The shortest poll interval JobRunr accepts for a SQL database (its default is 15 s). */
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

  private final HikariDataSource pool;
  private final JobScheduler scheduler;

  private JobRunrSubject(BenchDatabase database, int workers, Completions completions) {
    this.pool = database.pool("jobrunr");
    this.scheduler =
        JobRunr.configure()
            .useJsonMapper(new Jackson3JsonMapper())
            .useStorageProvider(new PostgresStorageProvider(pool))
            .withJobFilter(new Listener(completions))
            .useBackgroundJobServer(
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                    .andWorkerCount(workers)
                    .andPollInterval(POLL_INTERVAL))
            .initialize()
            .getJobScheduler();
  }

  static SubjectSpec spec(BenchOptions options, DatabaseSource fresh) {
    String settings =
        "%d workers (%s), poll interval %d s; pool %d"
            .formatted(
                options.workers(),
                BackgroundJobServerThreadType.getDefaultThreadType(),
                POLL_INTERVAL.toSeconds(),
                options.poolSize());
    return new SubjectSpec(
        "jobrunr",
        "JobRunr",
        "PostgreSQL",
        "1-task job",
        settings,
        "onStateApplied(SUCCEEDED), called after the job is saved as succeeded",
        completions ->
            OnDatabase.start(
                fresh, database -> new JobRunrSubject(database, options.workers(), completions)));
  }

  @Override
  public String submit() {
    UUID id = UUID.randomUUID();
    // a lambda calling a static method: the form JobRunr's documentation shows for enqueue
    scheduler.enqueue(id, () -> JobRunrNoop.run());
    return id.toString();
  }

  @Override
  public void close() {
    try (pool) {
      JobRunr.destroy();
    }
  }

  private static final class Listener implements ApplyStateFilter {
    private final Completions completions;

    Listener(Completions completions) {
      this.completions = completions;
    }

    @Override
    public void onStateApplied(Job job, JobState oldState, JobState newState) {
      StateName state = newState.getName();
      if (state == StateName.SUCCEEDED || state == StateName.FAILED) {
        completions.finished(job.getId().toString(), Instant.now(), state == StateName.SUCCEEDED);
      }
    }
  }
}
