package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import dev.altlas.testkit.RunStoreContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run store contract plus what only a database-backed store promises: a reopened store sees
 * everything (crash recovery relies on it), transactions that hold when the database refuses a row,
 * and failures that name the database.
 */
public abstract class JdbcRunStoreContract extends RunStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00.654321Z");

  /** Settings of a new, empty database, released in {@link #afterStoresClosed()}. */
  protected abstract JdbcSettings newDatabase();

  @Override
  protected RunStore newStore() {
    return JdbcRunStore.open(newDatabase());
  }

  @Test
  public void aReopenedStoreHasEverythingTheClosedOneWrote() {
    JdbcSettings database = newDatabase();
    RunRecord run = newRun("alice", T0, 7);
    List<TaskRecord> tasks = tasksOf(run);
    TaskRecord first = tasks.get(0);
    TaskRecord done =
        first.finished(
            TaskState.SUCCEEDED,
            T0.plusSeconds(2),
            Map.of("files", List.of("a.txt", "ö.txt"), "count", 2),
            null,
            "local/extractive-v1",
            new TokenUsage(10, 20));
    var items = List.of(TaskRecord.item(run.runId(), first.taskId(), 0));
    var decision = new Decision(true, "ayşe", "ok", T0.plusSeconds(3));
    RunResult result = resultOf(run, RunStatus.PARTIALLY_SUCCEEDED);
    try (RunStore before = JdbcRunStore.open(database)) {
      before.createRun(run, tasks);
      assertThat(before.updateRun(run, run.started(T0.plusSeconds(1)))).isTrue();
      assertThat(before.fanOut(first, done, items)).isTrue();
      assertThat(before.requestCancel(run.runId())).isTrue();
      assertThat(before.decide(run.runId(), "approve", decision)).isTrue();
      assertThat(before.recordEffect("effect-" + run.runId(), Map.of("sent", true))).isTrue();
      before.saveResult(result);
    }

    try (RunStore after = JdbcRunStore.open(database)) {
      RunRecord reopened = after.findRun(run.runId()).orElseThrow();
      assertThat(reopened.state()).isEqualTo(RunState.RUNNING);
      assertThat(reopened.cancelRequested()).isTrue();
      assertThat(reopened.version()).isEqualTo(2);
      assertThat(reopened.plan()).isEqualTo(run.plan());
      assertThat(after.unfinishedRuns()).contains(run.runId());
      assertThat(after.tasks(run.runId()))
          .hasSize(tasks.size() + 1)
          .startsWith(versioned(done, 1))
          .endsWith(items.get(0));
      assertThat(after.decision(run.runId(), "approve")).contains(decision);
      assertThat(after.effect("effect-" + run.runId())).contains(Map.of("sent", true));
      assertThat(after.result(run.runId())).contains(result);
    }
  }

  @Test
  public void createRunStoresNothingWhenTheDatabaseRefusesATask() {
    try (RunStore store = JdbcRunStore.open(newDatabase())) {
      RunRecord run = newRun("alice", T0, 8);
      var tasks =
          List.of(
              TaskRecord.waiting(run.runId(), "list"),
              TaskRecord.waiting(run.runId(), "x".repeat(300)));

      assertThatThrownBy(() -> store.createRun(run, tasks))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(run.runId());
      assertThat(store.findRun(run.runId())).isEmpty();
      assertThat(store.tasks(run.runId())).isEmpty();
    }
  }

  @Test
  public void purgeGoesOnPastOneBatchOfCandidates() {
    int runs = JdbcRunStore.PURGE_BATCH + 5;
    int older = JdbcRunStore.PURGE_BATCH + 3;
    try (RunStore store = JdbcRunStore.open(newDatabase())) {
      var oldestFirst = new ArrayList<String>();
      for (int i = 0; i < runs; i++) {
        RunRecord run = newRun("retention", T0, 9);
        store.createRun(run, List.of());
        assertThat(store.updateRun(run, run.finished(RunState.CANCELLED, T0.plusSeconds(i))))
            .isTrue();
        oldestFirst.add(run.runId());
      }

      assertThat(store.purgeFinishedBefore(T0.plusSeconds(older), 1_000)).isEqualTo(older);

      oldestFirst.subList(0, older).forEach(id -> assertThat(store.findRun(id)).as(id).isEmpty());
      oldestFirst.subList(older, runs).forEach(id -> assertThat(store.findRun(id)).isPresent());
    }
  }

  @Test
  public void aClosedStoreFailsNamingItsDatabase() {
    JdbcSettings database = newDatabase();
    RunStore store = JdbcRunStore.open(database);
    store.close();

    assertThatThrownBy(() -> store.findRun("any"))
        .isInstanceOf(RunStoreException.class)
        .hasMessageContaining(database.redactedUrl());
  }
}
