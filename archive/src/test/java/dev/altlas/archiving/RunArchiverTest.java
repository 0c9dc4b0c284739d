package dev.altlas.archiving;

import static dev.altlas.archiving.TestRuns.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.SearchQuery;
import dev.altlas.bus.RunEvent;
import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.run.RunRecord;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run archiver on the real run store, archive store, Lucene index and in-process bus. */
class RunArchiverTest {
  @TempDir Path home;
  private EmbeddedArchive installation;
  private JdbcRunStore runs;
  private JdbcArchiveStore store;
  private Archive archive;
  private InProcessEventBus bus;
  private RunArchiver archiver;

  @BeforeEach
  void open() {
    installation = EmbeddedArchive.open(home);
    runs = installation.runs();
    store = installation.store();
    archive = installation.archive();
    bus = new InProcessEventBus();
    archiver = new RunArchiver(runs, store, archive);
  }

  @AfterEach
  void close() {
    archiver.close();
    bus.close();
    installation.close();
  }

  private static Instant minute(int n) {
    return T0.plus(Duration.ofMinutes(n));
  }

  private void publishFinished(String runId) {
    bus.publish(
        new RunEvent(
            UUID.randomUUID().toString(),
            "run.finished",
            runId,
            null,
            Instant.now(),
            Map.of("status", "succeeded")));
  }

  @Test
  void archivesRunsAsTheyFinishOnTheBusWithTheirPlans() throws Exception {
    archiver.subscribe(bus);
    for (int i = 0; i < 3; i++) {
      RunRecord started = TestRuns.start(runs, "run-" + i, minute(i));
      TestRuns.finish(runs, started, minute(i).plusSeconds(30));
      publishFinished("run-" + i);
    }
    // At-least-once delivery: the same event again.
    publishFinished("run-1");
    // A task event is not for the archiver.
    bus.publish(new RunEvent("e", "task.succeeded", "run-2", "list", Instant.now(), Map.of()));

    Eventually.await("three runs archived", Duration.ofSeconds(10), () -> store.count() == 3);
    Thread.sleep(200);

    assertThat(store.count()).isEqualTo(3);
    var archived = store.find("run-1").orElseThrow();
    assertThat(archived.plan()).isNotNull();
    assertThat(archived.plan().id()).isEqualTo("plan-run-1");
    assertThat(archived.result().runId()).isEqualTo("run-1");
    Eventually.await(
        "indexed", Duration.ofSeconds(10), () -> archive.indexedThrough() == store.lastSequence());
    assertThat(archive.search(SearchQuery.text("files").build()).total()).isEqualTo(3);
  }

  @Test
  void archiveMissingArchivesFinishedRunsThatNobodyArchived() throws Exception {
    RunRecord open = null;
    for (int i = 0; i < 250; i++) {
      RunRecord started = TestRuns.start(runs, "run-" + i, minute(i));
      if (i == 120) {
        open = started;
      } else {
        TestRuns.finish(runs, started, minute(i).plusSeconds(30));
      }
    }
    archiver.archive("run-5");

    int archived = archiver.archiveMissing();

    assertThat(archived).isEqualTo(248);
    assertThat(store.count()).isEqualTo(249);
    assertThat(store.find("run-120")).isEmpty();
    // Everything created before the run still open is finished and archived.
    assertThat(store.checkpoint(RunArchiver.SCANNED_CHECKPOINT)).contains(minute(120).toString());

    assertThat(archiver.archiveMissing()).isZero();

    TestRuns.finish(runs, open, minute(500));
    TestRuns.finish(runs, TestRuns.start(runs, "run-new", minute(600)), minute(601));

    assertThat(archiver.archiveMissing()).isEqualTo(2);
    assertThat(store.find("run-120")).isPresent();
    assertThat(store.find("run-new")).isPresent();
    assertThat(store.checkpoint(RunArchiver.SCANNED_CHECKPOINT)).contains(minute(600).toString());
  }

  @Test
  void aRunWithoutAResultIsNotArchived() throws Exception {
    TestRuns.start(runs, "run-1", minute(1));

    assertThat(archiver.archive("run-1")).isFalse();
    assertThat(archiver.archive("no-such-run")).isFalse();
    assertThat(store.count()).isZero();
  }

  /**
   * An upload that took the id of a run still running (accepted before uploads were checked, or by
   * another installation on a shared database) does not keep it: the run's own record replaces it
   * when the run finishes, and search finds the run.
   */
  @Test
  void aRunTakesItsIdBackFromAnUploadWhenItFinishes() throws Exception {
    archiver.subscribe(bus);
    RunRecord started = TestRuns.start(runs, "run-1", minute(1));
    var forged =
        TestRuns.succeeded("run-1", TestRuns.plan("plan-forged", "Forged dragons"), minute(2));
    archive.add(forged, null);

    TestRuns.finish(runs, started, minute(3));
    publishFinished("run-1");

    Eventually.await(
        "the run's own record",
        Duration.ofSeconds(10),
        () -> store.find("run-1").orElseThrow().plan() != null);
    assertThat(store.find("run-1").orElseThrow().result().plan().command())
        .isEqualTo("List the files for run-1");
    Eventually.await(
        "indexed", Duration.ofSeconds(10), () -> archive.indexedThrough() == store.lastSequence());
    assertThat(archive.search(SearchQuery.text("dragons").build()).total()).isZero();
    assertThat(archive.search(SearchQuery.text("files").build()).hits())
        .singleElement()
        .satisfies(hit -> assertThat(hit.runId()).isEqualTo("run-1"));
  }
}
