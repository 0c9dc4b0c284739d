package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.format.StoredForm;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.RunStore;
import dev.altlas.testkit.ArchiveStoreContract;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The archive contract plus what the JDBC adapter promises beyond it: it shares its database with
 * the run store, keeps the stored form other tools read, purges past one transaction's batch, and
 * fails naming its database.
 */
public abstract class JdbcArchiveStoreContract extends ArchiveStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

  /** Settings of a new, empty database, released in {@link #afterStoresClosed()}. */
  protected abstract JdbcSettings newDatabase();

  @Override
  protected Storage newStorage() {
    JdbcSettings settings = newDatabase();
    return () -> JdbcArchiveStore.open(settings);
  }

  @Test
  public void theRunStoreAndTheArchiveOpenTogetherOnOneNewDatabaseAndKeepApart() throws Exception {
    JdbcSettings database = newDatabase();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    Future<JdbcRunStore> openingRuns = threads.submit(() -> JdbcRunStore.open(database));
    Future<JdbcArchiveStore> openingArchive = threads.submit(() -> JdbcArchiveStore.open(database));
    threads.shutdown();
    try (RunStore runs = openingRuns.get();
        ArchiveStore archive = openingArchive.get()) {
      RunRecord run = RunRecord.queued(newRunId(), plan(), "ayşe", T0);
      runs.createRun(run, List.of());
      assertThat(runs.updateRun(run, run.started(T0).finished(RunState.SUCCEEDED, T0))).isTrue();
      RunResult result = result(run.runId(), T0.plusSeconds(1));
      runs.saveResult(result);
      archive.add(result, plan(), embedding(1));

      assertThat(runs.purgeFinishedBefore(T0.plus(Duration.ofDays(1)), 10)).isEqualTo(1);
      assertThat(archive.find(run.runId())).isPresent();

      RunRecord live = RunRecord.queued(newRunId(), plan(), "ayşe", T0);
      runs.createRun(live, List.of());
      archive.add(result(live.runId(), T0), null, null);
      assertThat(archive.purgeFinishedBefore(T0.plus(Duration.ofDays(1)), 10)).hasSize(2);
      assertThat(runs.findRun(live.runId())).isPresent();
    }
  }

  @Test
  public void theStoredFormIsTheLastJsonItsDigestAndLittleEndianFloats() throws SQLException {
    JdbcSettings database = newDatabase();
    Embedding embedding = embedding(9);
    RunResult result = result(newRunId(), T0);
    try (ArchiveStore archive = JdbcArchiveStore.open(database)) {
      archive.add(result, plan(), embedding);
    }

    try (Connection c =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT digest, result, plan, embedding, finished_at FROM archived_runs"
                    + " WHERE run_id = ?")) {
      ps.setString(1, result.runId());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        String json = rs.getString("result");
        assertThat(json).isEqualTo(StoredForm.toJson(result));
        assertThat(rs.getString("plan")).isEqualTo(StoredForm.toJson(plan()));
        ByteBuffer bytes = ByteBuffer.wrap(rs.getBytes("embedding")).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = embedding.values();
        assertThat(bytes.remaining()).isEqualTo(values.length * Float.BYTES);
        for (float value : values) {
          assertThat(Float.floatToRawIntBits(bytes.getFloat()))
              .isEqualTo(Float.floatToRawIntBits(value));
        }
        assertThat(Columns.instant(rs, "finished_at")).isEqualTo(T0);
      }
    }
  }

  @Test
  public void purgeGoesOnPastOneTransactionsBatch() {
    int records = JdbcArchiveStore.PURGE_BATCH + 3;
    int first = JdbcArchiveStore.PURGE_BATCH + 1;
    try (ArchiveStore archive = JdbcArchiveStore.open(newDatabase())) {
      var oldestFirst = new ArrayList<String>();
      for (int i = 0; i < records; i++) {
        RunResult r = bare(newRunId(), T0.plusSeconds(i));
        archive.add(r, null, null);
        oldestFirst.add(r.runId());
      }
      Instant cutoff = T0.plus(Duration.ofDays(1));

      assertThat(archive.purgeFinishedBefore(cutoff, first))
          .containsExactlyElementsOf(oldestFirst.subList(0, first));
      assertThat(archive.purgeFinishedBefore(cutoff, first))
          .containsExactlyElementsOf(oldestFirst.subList(first, records));
      assertThat(archive.count()).isZero();
    }
  }

  @Test
  public void aRunOfThisInstallationTakesItsIdBackFromAnUploadOnceEvenInARace() throws Exception {
    try (ArchiveStore archive = JdbcArchiveStore.open(newDatabase())) {
      String runId = newRunId();
      RunResult forged = bare(runId, T0);
      RunResult real = result(runId, T0.plusSeconds(5));
      ArchivedRun upload = archive.add(forged, null, null).run();

      ExecutorService threads = Executors.newFixedThreadPool(8);
      var adds = new ArrayList<Future<ArchiveStore.Added>>();
      try {
        for (int i = 0; i < 8; i++) {
          adds.add(threads.submit(() -> archive.add(real, plan(), null)));
        }
        int added = 0;
        for (Future<ArchiveStore.Added> add : adds) {
          added += add.get().added() ? 1 : 0;
          assertThat(add.get().run().result()).isEqualTo(real);
        }
        assertThat(added).as("exactly one add replaced the upload").isEqualTo(1);
      } finally {
        threads.shutdown();
      }

      ArchivedRun run = archive.find(runId).orElseThrow();
      assertThat(run.result()).isEqualTo(real);
      assertThat(run.plan()).isEqualTo(plan());
      assertThat(run.sequence())
          .as("indexes catch up by sequence")
          .isGreaterThan(upload.sequence());
      assertThat(archive.after(0, 10)).extracting(ArchivedRun::runId).containsExactly(runId);
      assertThat(archive.count()).isEqualTo(1);
      assertThat(archive.add(forged, null, null).added())
          .as("an upload does not take it back")
          .isFalse();
      assertThat(archive.find(runId).orElseThrow().result()).isEqualTo(real);
    }
  }

  @Test
  public void aClosedArchiveFailsNamingItsDatabase() {
    JdbcSettings database = newDatabase();
    ArchiveStore archive = JdbcArchiveStore.open(database);
    archive.close();

    assertThatThrownBy(() -> archive.find("any"))
        .isInstanceOf(ArchiveStoreException.class)
        .hasMessageContaining("archive")
        .hasMessageContaining(database.redactedUrl());
  }

  /** What a reader following the archive saw of the records another writer added. */
  protected static void assertSeenOnceInOrder(List<ArchivedRun> seen, List<String> runIds) {
    assertThat(seen).extracting(ArchivedRun::runId).doesNotHaveDuplicates();
    assertThat(seen).extracting(ArchivedRun::runId).containsExactlyInAnyOrderElementsOf(runIds);
    assertThat(seen).extracting(ArchivedRun::sequence).isSorted();
  }

  /** A small valid record of one task, for tests that need many. */
  static RunResult bare(String runId, Instant finishedAt) {
    Instant start = finishedAt.minusSeconds(1);
    return new RunResult(
        RunResult.FORMAT_VERSION,
        runId,
        plan().header(),
        RunStatus.SUCCEEDED,
        1.0,
        start,
        finishedAt,
        1_000L,
        List.of(
            new TaskResult(
                "list",
                "fs.list",
                TaskStatus.SUCCEEDED,
                1,
                start,
                finishedAt,
                1_000L,
                Map.of("files", List.of(), "count", 0),
                null,
                null,
                null)),
        List.of(),
        null,
        null,
        "boş çalışma");
  }
}
