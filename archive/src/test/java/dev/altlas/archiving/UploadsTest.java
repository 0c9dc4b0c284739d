package dev.altlas.archiving;

import static dev.altlas.archiving.TestRuns.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.model.RunResult;
import dev.altlas.run.RunRecord;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads on the real run store, archive store and Lucene index. */
class UploadsTest {
  private static final Instant NOW = T0.plus(Duration.ofHours(1));

  @TempDir Path home;
  private EmbeddedArchive installation;
  private JdbcRunStore runs;
  private JdbcArchiveStore store;
  private Uploads uploads;

  @BeforeEach
  void open() {
    installation = EmbeddedArchive.open(home);
    runs = installation.runs();
    store = installation.store();
    uploads = new Uploads(installation.archive(), runs, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    installation.close();
  }

  private static RunResult forged(String runId, Instant finishedAt) {
    return TestRuns.succeeded(runId, TestRuns.plan("plan-forged", "Forged"), finishedAt);
  }

  @Test
  void anUploadCannotTakeTheIdOfARunStillRunning() throws Exception {
    TestRuns.start(runs, "run-1", T0);

    assertThatThrownBy(() -> uploads.add(forged("run-1", T0.plusSeconds(9))))
        .isInstanceOf(RefusedUploadException.class)
        .hasMessageContaining("run run-1 is a run of this installation (running)");
    assertThat(uploads.refusal(forged("run-1", T0))).contains("(running)");
    assertThat(store.count()).isZero();
  }

  @Test
  void anUploadCannotTakeTheIdOfAFinishedRunUnlessItIsThatRunsOwnResult() throws Exception {
    RunRecord started = TestRuns.start(runs, "run-1", T0);
    RunResult own = TestRuns.finish(runs, started, T0.plusSeconds(30));

    assertThatThrownBy(() -> uploads.add(forged("run-1", T0.plusSeconds(30))))
        .isInstanceOf(RefusedUploadException.class)
        .hasMessageContaining("(succeeded) and this is not its result");

    var added = uploads.add(own);
    assertThat(added.added()).isTrue();
    assertThat(added.run().plan())
        .as("archived as the run, with its plan")
        .isEqualTo(started.plan());
  }

  @Test
  void anUploadOfAnotherInstallationsRunIsArchivedWithoutAPlan() throws Exception {
    var added = uploads.add(forged("run-elsewhere", T0));

    assertThat(added.added()).isTrue();
    assertThat(added.run().plan()).isNull();
  }

  @Test
  void aRecordFinishedInTheFutureIsRefusedBeyondADayOfClockSkew() throws Exception {
    assertThat(uploads.add(forged("run-soon", NOW.plus(Duration.ofHours(23)))).added()).isTrue();

    assertThatThrownBy(() -> uploads.add(forged("run-9999", Instant.parse("9999-12-31T00:00:00Z"))))
        .isInstanceOf(RefusedUploadException.class)
        .hasMessageContaining("finished at 9999-12-31T00:00:00Z, more than 24 hours after now")
        .hasMessageContaining("would never be purged");
    assertThat(store.find("run-9999")).isEmpty();
  }
}
