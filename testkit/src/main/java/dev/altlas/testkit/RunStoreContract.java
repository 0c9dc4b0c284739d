package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.model.Artifact;
import dev.altlas.model.ExecutionGraph;
import dev.altlas.model.GraphEdge;
import dev.altlas.model.GraphNode;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskError;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import dev.altlas.run.RunQuery;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * What every {@link RunStore} adapter must do. An adapter's test extends this class and says how to
 * make a new, empty store.
 *
 * <p>Beyond the port's javadoc, the suite pins these rules, which the engine relies on:
 *
 * <ul>
 *   <li>Instants come back to the microsecond (finer digits may be cut).
 *   <li>JSON values (task outputs, effect results) come back as reading JSON gives them: maps in
 *       the written key order, whole numbers as {@code Integer} when they fit, else {@code Long},
 *       else {@code BigInteger}; other numbers as {@code Double}. Anything that is not a map, list,
 *       string, number, boolean or null is refused with an {@link IllegalArgumentException}.
 *   <li>{@code RunQuery.since} is inclusive; a {@code before} cursor naming no run is refused.
 *   <li>{@code updateRun} changes only state, cancellation and timings; a {@code next} with another
 *       id, owner, creation time or plan is refused.
 *   <li>A repeated {@code requestCancel} of an unfinished run answers true and changes nothing.
 *   <li>{@code saveResult} of an unknown run and {@code decide} on an unknown run are refused;
 *       saving a result again replaces it.
 *   <li>{@code recordEffect} with a null result is refused ({@code effect} answers an Optional,
 *       which could not tell it from "never happened").
 *   <li>Retention: a run's side-effect records are those whose key starts with the run's id and a
 *       slash, as the engine makes them ({@code RUN_ID/TASK_KEY/NAME}); a run finished exactly at
 *       the cutoff is kept; a null cutoff or a limit below 1 is refused.
 * </ul>
 *
 * <p>One store serves all example tests of a class (each test uses its own run ids and owners); the
 * property and the retention tests, which delete across runs, get stores of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RunStoreContract {
  /** Microsecond precision on purpose: a store must keep it. */
  private static final Instant T0 = Instant.parse("2026-03-14T09:30:00.123456Z");

  private static final int RACERS = 16;

  private RunStore store;

  /** A new, empty store. The suite closes it. */
  protected abstract RunStore newStore();

  /** Called after the suite has closed every store this instance made; release what they used. */
  protected void afterStoresClosed() {}

  @BeforeAll
  public void openStore() {
    store = newStore();
  }

  @AfterAll
  public void closeStore() {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      afterStoresClosed();
    }
  }

  // ---- create, find, tasks

  @Test
  public void aCreatedRunAndItsTasksAreFoundAsStored() {
    RunRecord run = newRun("alice", T0, 1);
    List<TaskRecord> tasks = tasksOf(run);

    store.createRun(run, tasks);

    assertThat(store.findRun(run.runId())).contains(run);
    assertThat(store.tasks(run.runId())).isEqualTo(tasks);
    assertThat(store.task(run.runId(), tasks.get(0).key())).contains(tasks.get(0));
  }

  @Test
  public void tasksComeInTheOrderTheyWereAddedNotByKey() {
    RunRecord run = newRun("alice", T0, 2);
    var tasks =
        List.of(
            TaskRecord.waiting(run.runId(), "zeta"),
            TaskRecord.waiting(run.runId(), "alpha"),
            TaskRecord.waiting(run.runId(), "mid"));
    store.createRun(run, tasks);
    TaskRecord alpha = tasks.get(1).withState(TaskState.READY);
    assertThat(store.updateTask(tasks.get(1), alpha)).isTrue();
    var items = IntStream.range(0, 12).mapToObj(i -> TaskRecord.item(run.runId(), "alpha", i));
    TaskRecord fanned = versioned(alpha, 1).withState(TaskState.FANNED_OUT);

    assertThat(store.fanOut(versioned(alpha, 1), fanned, items.toList())).isTrue();

    assertThat(store.tasks(run.runId()))
        .extracting(TaskRecord::key)
        .containsExactly(
            "zeta",
            "alpha",
            "mid",
            "alpha[0]",
            "alpha[1]",
            "alpha[2]",
            "alpha[3]",
            "alpha[4]",
            "alpha[5]",
            "alpha[6]",
            "alpha[7]",
            "alpha[8]",
            "alpha[9]",
            "alpha[10]",
            "alpha[11]");
  }

  @Test
  public void unknownRunsTasksAndKeysAreEmpty() {
    RunRecord run = created("alice", T0, 3);

    assertThat(store.findRun("no-such-run")).isEmpty();
    assertThat(store.tasks("no-such-run")).isEmpty();
    assertThat(store.task(run.runId(), "no_such_task")).isEmpty();
    assertThat(store.task("no-such-run", "list")).isEmpty();
    assertThat(store.result(run.runId())).isEmpty();
    assertThat(store.result("no-such-run")).isEmpty();
    assertThat(store.decision(run.runId(), "approve")).isEmpty();
    assertThat(store.effect("no-such-effect-" + UUID.randomUUID())).isEmpty();
  }

  @Test
  public void createRunRefusesATaskOfAnotherRunAndStoresNothing() {
    RunRecord run = newRun("alice", T0, 4);
    var tasks = List.of(TaskRecord.waiting(run.runId(), "list"), TaskRecord.waiting("other", "x"));

    assertThatThrownBy(() -> store.createRun(run, tasks))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("'other'")
        .hasMessageContaining(run.runId());
    assertThat(store.findRun(run.runId())).isEmpty();
    assertThat(store.tasks(run.runId())).isEmpty();
  }

  @Test
  public void createRunRefusesARunIdThatExistsAndKeepsTheFirst() {
    RunRecord run = created("alice", T0, 5);
    RunRecord again =
        new RunRecord(run.runId(), plan(6), RunState.QUEUED, false, "bob", T0, null, null, 0);

    assertThatThrownBy(() -> store.createRun(again, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(run.runId())
        .hasMessageContaining("exists");
    assertThat(store.findRun(run.runId())).contains(run);
  }

  @Test
  public void createRunRefusesATaskKeyTwice() {
    RunRecord run = newRun("alice", T0, 7);
    var tasks =
        List.of(TaskRecord.waiting(run.runId(), "list"), TaskRecord.waiting(run.runId(), "list"));

    assertThatThrownBy(() -> store.createRun(run, tasks))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'list'");
    assertThat(store.findRun(run.runId())).isEmpty();
  }

  // ---- compare-and-set of runs

  @Test
  public void updateRunChangesTheStateAndRaisesTheVersion() {
    RunRecord run = created("alice", T0, 8);
    RunRecord started = run.started(T0.plusSeconds(1));

    assertThat(store.updateRun(run, started)).isTrue();
    assertThat(store.findRun(run.runId())).contains(versioned(started, 1));

    RunRecord finished = versioned(started, 1).finished(RunState.SUCCEEDED, T0.plusSeconds(9));
    assertThat(store.updateRun(versioned(started, 1), finished)).isTrue();
    assertThat(store.findRun(run.runId())).contains(versioned(finished, 2));
  }

  @Test
  public void updateRunFromAStaleVersionAnswersFalseAndChangesNothing() {
    RunRecord run = created("alice", T0, 9);
    assertThat(store.updateRun(run, run.started(T0.plusSeconds(1)))).isTrue();
    RunRecord now = store.findRun(run.runId()).orElseThrow();

    assertThat(store.updateRun(run, run.finished(RunState.FAILED, T0.plusSeconds(2)))).isFalse();
    assertThat(store.findRun(run.runId())).contains(now);
  }

  @Test
  public void updateRunOfAnUnknownRunAnswersFalse() {
    RunRecord ghost = newRun("alice", T0, 10);
    assertThat(store.updateRun(ghost, ghost.started(T0))).isFalse();
    assertThat(store.findRun(ghost.runId())).isEmpty();
  }

  @Test
  public void updateRunRefusesToChangeWhatIsNotState() {
    RunRecord run = created("alice", T0, 11);
    RunRecord otherOwner =
        new RunRecord(run.runId(), run.plan(), RunState.RUNNING, false, "mallory", T0, T0, null, 0);

    assertThatThrownBy(() -> store.updateRun(run, otherOwner))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner");
    assertThat(store.findRun(run.runId())).contains(run);
  }

  // ---- compare-and-set of tasks

  @Test
  public void updateTaskStoresEveryFieldAndRaisesTheVersion() {
    RunRecord run = created("alice", T0, 12);
    TaskRecord task = store.tasks(run.runId()).get(0);
    TaskRecord claimed =
        task.withState(TaskState.READY)
            .claimed("worker-1", T0.plusMillis(5), T0.plusSeconds(30).plusNanos(1_000));

    assertThat(store.updateTask(task, claimed)).isTrue();
    assertThat(store.task(run.runId(), task.key())).contains(versioned(claimed, 1));

    TaskRecord retry =
        versioned(claimed, 1)
            .retryAt(T0.plusSeconds(2), new TaskError("fs.not_found", "no such file: a.txt"));
    assertThat(store.updateTask(versioned(claimed, 1), retry)).isTrue();
    assertThat(store.task(run.runId(), task.key())).contains(versioned(retry, 2));

    TaskRecord done =
        versioned(retry, 2)
            .claimed("worker-2", T0.plusSeconds(3), T0.plusSeconds(33))
            .finished(
                TaskState.SUCCEEDED,
                T0.plusSeconds(4),
                Map.of("files", List.of(Map.of("path", "docs/a.txt", "size", 234)), "count", 1),
                null,
                "local/extractive-v1",
                new TokenUsage(212, 131));
    assertThat(store.updateTask(versioned(retry, 2), done)).isTrue();
    assertThat(store.task(run.runId(), task.key())).contains(versioned(done, 3));
  }

  @Test
  public void updateTaskFromAStaleVersionAnswersFalseAndChangesNothing() {
    RunRecord run = created("alice", T0, 13);
    TaskRecord task = store.tasks(run.runId()).get(0);
    assertThat(store.updateTask(task, task.withState(TaskState.READY))).isTrue();
    TaskRecord now = store.task(run.runId(), task.key()).orElseThrow();

    assertThat(store.updateTask(task, task.withState(TaskState.SKIPPED))).isFalse();
    assertThat(store.task(run.runId(), task.key())).contains(now);
  }

  @Test
  public void ofConcurrentUpdatesFromOneVersionExactlyOneWins() {
    RunRecord run = created("alice", T0, 14);
    TaskRecord task = store.tasks(run.runId()).get(0);

    List<Boolean> won =
        race(i -> store.updateTask(task, task.claimed("worker-" + i, T0, T0.plusSeconds(60))));

    assertThat(won).containsOnlyOnce(true);
    TaskRecord stored = store.task(run.runId(), task.key()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.leaseOwner()).isEqualTo("worker-" + won.indexOf(true));
  }

  @Test
  public void concurrentWorkersThatRereadNeverLoseAnUpdate() {
    RunRecord run = created("alice", T0, 15);
    String key = store.tasks(run.runId()).get(0).key();

    List<Integer> successes =
        race(
            i -> {
              int mine = 0;
              for (int attempt = 0; attempt < 10; attempt++) {
                TaskRecord seen = store.task(run.runId(), key).orElseThrow();
                if (store.updateTask(seen, seen.claimed("worker-" + i, T0, T0))) {
                  mine++;
                }
              }
              return mine;
            });

    int total = successes.stream().mapToInt(Integer::intValue).sum();
    TaskRecord stored = store.task(run.runId(), key).orElseThrow();
    assertThat(total).isPositive();
    assertThat(stored.version()).isEqualTo(total);
    assertThat(stored.attempts()).isEqualTo(total);
  }

  // ---- fan-out

  @Test
  public void fanOutUpdatesTheTaskAndAddsItsItemsInOrder() {
    RunRecord run = newRun("alice", T0, 16);
    TaskRecord read = TaskRecord.waiting(run.runId(), "read").withState(TaskState.READY);
    store.createRun(run, List.of(TaskRecord.waiting(run.runId(), "list"), read));
    var items = List.of(item(run, "read", 2), item(run, "read", 0), item(run, "read", 1));
    TaskRecord fanned = read.withState(TaskState.FANNED_OUT);

    assertThat(store.fanOut(read, fanned, items)).isTrue();

    List<TaskRecord> stored = store.tasks(run.runId());
    assertThat(stored.get(1)).isEqualTo(versioned(fanned, 1));
    assertThat(stored.subList(2, 5)).isEqualTo(items);
    assertThat(stored.get(2).item()).isEqualTo(2);
  }

  @Test
  public void fanOutFromAStaleVersionAddsNoItemsAndChangesNothing() {
    RunRecord run = newRun("alice", T0, 17);
    TaskRecord read = TaskRecord.waiting(run.runId(), "read");
    store.createRun(run, List.of(read));
    assertThat(store.updateTask(read, read.withState(TaskState.READY))).isTrue();
    List<TaskRecord> before = store.tasks(run.runId());

    boolean fanned =
        store.fanOut(read, read.withState(TaskState.FANNED_OUT), List.of(item(run, "read", 0)));

    assertThat(fanned).isFalse();
    assertThat(store.tasks(run.runId())).isEqualTo(before);
  }

  @Test
  public void fanOutThatFailsPartWayChangesNothing() {
    RunRecord run = newRun("alice", T0, 18);
    TaskRecord read = TaskRecord.waiting(run.runId(), "read");
    store.createRun(run, List.of(read));
    assertThat(
            store.fanOut(read, read.withState(TaskState.FANNED_OUT), List.of(item(run, "read", 0))))
        .isTrue();
    TaskRecord now = store.task(run.runId(), "read").orElseThrow();
    List<TaskRecord> before = store.tasks(run.runId());

    // a second fan-out from the current version whose items are already there
    assertThatThrownBy(
            () ->
                store.fanOut(
                    now,
                    now.withState(TaskState.FANNED_OUT),
                    List.of(item(run, "read", 1), item(run, "read", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read");
    assertThat(store.tasks(run.runId())).isEqualTo(before);
  }

  @Test
  public void fanOutRefusesAnItemOfAnotherTask() {
    RunRecord run = newRun("alice", T0, 19);
    TaskRecord read = TaskRecord.waiting(run.runId(), "read");
    store.createRun(run, List.of(read));

    assertThatThrownBy(
            () ->
                store.fanOut(
                    read, read.withState(TaskState.FANNED_OUT), List.of(item(run, "write", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write");
    assertThat(store.tasks(run.runId())).containsExactly(read);
  }

  // ---- cancellation

  @Test
  public void requestCancelMarksAnUnfinishedRunOnce() {
    RunRecord run = created("alice", T0, 20);

    assertThat(store.requestCancel(run.runId())).isTrue();
    RunRecord marked = store.findRun(run.runId()).orElseThrow();
    assertThat(marked.cancelRequested()).isTrue();
    assertThat(marked.version()).isEqualTo(1);

    assertThat(store.requestCancel(run.runId())).isTrue();
    assertThat(store.findRun(run.runId())).contains(marked);
  }

  @Test
  public void requestCancelOfAFinishedOrUnknownRunAnswersFalse() {
    RunRecord run = created("alice", T0, 21);
    RunRecord done = run.finished(RunState.SUCCEEDED, T0.plusSeconds(1));
    assertThat(store.updateRun(run, done)).isTrue();

    assertThat(store.requestCancel(run.runId())).isFalse();
    assertThat(store.findRun(run.runId())).contains(versioned(done, 1));
    assertThat(store.requestCancel("no-such-run")).isFalse();
  }

  @Test
  public void aCancelRequestMakesAnEarlierReadStale() {
    RunRecord run = created("alice", T0, 22);
    assertThat(store.requestCancel(run.runId())).isTrue();

    assertThat(store.updateRun(run, run.started(T0))).isFalse();
  }

  // ---- unfinished runs

  @Test
  public void unfinishedRunsAreTheQueuedAndRunningOnesOldestFirst() {
    RunRecord newest = created("alice", T0.plusSeconds(30), 23);
    RunRecord oldest = created("alice", T0.minusSeconds(30), 24);
    RunRecord running = created("alice", T0.plusSeconds(10), 25);
    RunRecord done = created("alice", T0, 26);
    assertThat(store.updateRun(running, running.started(T0.plusSeconds(11)))).isTrue();
    assertThat(store.updateRun(done, done.finished(RunState.FAILED, T0.plusSeconds(1)))).isTrue();
    var ours = List.of(newest.runId(), oldest.runId(), running.runId(), done.runId());

    List<String> unfinished = store.unfinishedRuns().stream().filter(ours::contains).toList();

    assertThat(unfinished).containsExactly(oldest.runId(), running.runId(), newest.runId());
  }

  // ---- listing

  @Test
  public void listRunsFiltersByOwnerStateAndSinceNewestFirst() {
    String owner = "owner-" + UUID.randomUUID();
    RunRecord r1 = created(owner, T0, 27);
    RunRecord r2 = created(owner, T0.plusSeconds(3600), 28);
    RunRecord r3 = created(owner, T0.plusSeconds(7200), 29);
    RunRecord r4 = created(owner, T0.plusSeconds(10800), 30);
    created("someone-else-" + UUID.randomUUID(), T0.plusSeconds(5000), 31);
    assertThat(store.updateRun(r2, r2.started(T0.plusSeconds(3601)))).isTrue();
    assertThat(store.updateRun(r3, r3.finished(RunState.SUCCEEDED, T0.plusSeconds(7201)))).isTrue();

    assertThat(ids(new RunQuery(null, owner, null, null, 10)))
        .containsExactly(r4.runId(), r3.runId(), r2.runId(), r1.runId());
    assertThat(ids(new RunQuery(RunState.QUEUED, owner, null, null, 10)))
        .containsExactly(r4.runId(), r1.runId());
    assertThat(ids(new RunQuery(null, owner, T0.plusSeconds(3600), null, 10)))
        .containsExactly(r4.runId(), r3.runId(), r2.runId());
    assertThat(ids(new RunQuery(null, owner, null, null, 2)))
        .containsExactly(r4.runId(), r3.runId());
    assertThat(store.listRuns(new RunQuery(RunState.RUNNING, owner, null, null, 10)))
        .containsExactly(versioned(r2.started(T0.plusSeconds(3601)), 1));
    assertThat(store.listRuns(new RunQuery(RunState.SUCCEEDED, null, null, null, 500)))
        .extracting(RunRecord::state)
        .containsOnly(RunState.SUCCEEDED);
  }

  @Test
  public void listRunsWithoutFiltersStartsWithTheNewestRun() {
    RunRecord newest = created("alice", Instant.parse("2199-12-31T23:59:59.999999Z"), 32);

    assertThat(store.listRuns(RunQuery.latest(1))).containsExactly(newest);
  }

  @Test
  public void pagesOfListRunsFollowEachOtherWithoutDuplicatesOrGaps() {
    String owner = "owner-" + UUID.randomUUID();
    var created = new ArrayList<RunRecord>();
    for (int i = 0; i < 23; i++) {
      // every three runs share a creation time: the cursor must order ties too
      created.add(created(owner, T0.plusSeconds(i / 3), 100 + i));
    }

    List<String> all = ids(new RunQuery(null, owner, null, null, 500));
    List<String> paged = page(null, null, owner, 5);

    assertThat(all).hasSize(23).doesNotHaveDuplicates();
    assertThat(paged).isEqualTo(all);
    assertThat(created.stream().map(RunRecord::runId)).containsExactlyInAnyOrderElementsOf(all);
    List<Instant> times =
        all.stream().map(id -> store.findRun(id).orElseThrow().createdAt()).toList();
    assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  public void pagingByStateSkipsOtherStatesAndIgnoresRunsAddedMeanwhile() {
    String owner = "owner-" + UUID.randomUUID();
    var queued = new ArrayList<String>();
    for (int i = 0; i < 12; i++) {
      RunRecord run = created(owner, T0.plusSeconds(i), 200 + i);
      if (i % 2 == 0) {
        queued.add(0, run.runId());
      } else {
        assertThat(store.updateRun(run, run.finished(RunState.CANCELLED, T0.plusSeconds(i))))
            .isTrue();
      }
    }
    List<RunRecord> first = store.listRuns(new RunQuery(RunState.QUEUED, owner, null, null, 4));
    created(owner, T0.plusSeconds(100), 250);
    List<String> rest = page(RunState.QUEUED, first.getLast().runId(), owner, 4);

    var all = new ArrayList<>(first.stream().map(RunRecord::runId).toList());
    all.addAll(rest);
    assertThat(all).isEqualTo(queued);
  }

  @Test
  public void listRunsRefusesACursorNamingNoRun() {
    assertThatThrownBy(() -> store.listRuns(new RunQuery(null, null, null, "no-such-run", 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-run");
  }

  // ---- results

  @Test
  public void aSavedResultIsReadBackEqual() {
    RunRecord run = created("alice", T0, 33);
    RunResult result = resultOf(run, RunStatus.SUCCEEDED);

    store.saveResult(result);

    assertThat(store.result(run.runId())).contains(result);
  }

  @Test
  public void savingAResultAgainReplacesIt() {
    RunRecord run = created("alice", T0, 34);
    store.saveResult(resultOf(run, RunStatus.FAILED));
    RunResult second = resultOf(run, RunStatus.PARTIALLY_SUCCEEDED);

    store.saveResult(second);

    assertThat(store.result(run.runId())).contains(second);
  }

  @Test
  public void saveResultRefusesAnUnknownRun() {
    RunResult orphan = resultOf(newRun("alice", T0, 35), RunStatus.SUCCEEDED);

    assertThatThrownBy(() -> store.saveResult(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(orphan.runId());
  }

  // ---- decisions

  @Test
  public void theFirstDecisionStandsAndASecondIsRefused() {
    RunRecord run = created("alice", T0, 36);
    var yes = new Decision(true, "ayşe", "looks right ✓", T0.plusSeconds(60));
    var no = new Decision(false, "bob", null, T0.plusSeconds(61));

    assertThat(store.decide(run.runId(), "approve", yes)).isTrue();
    assertThat(store.decide(run.runId(), "approve", no)).isFalse();
    assertThat(store.decision(run.runId(), "approve")).contains(yes);
    assertThat(store.decide(run.runId(), "approve_again", no)).isTrue();
    assertThat(store.decision(run.runId(), "approve_again")).contains(no);
  }

  @Test
  public void ofConcurrentDecisionsExactlyOneWins() {
    RunRecord run = created("alice", T0, 37);

    List<Boolean> won =
        race(
            i ->
                store.decide(
                    run.runId(),
                    "approve",
                    new Decision(i % 2 == 0, "user-" + i, "comment " + i, T0.plusSeconds(i))));

    assertThat(won).containsOnlyOnce(true);
    int winner = won.indexOf(true);
    assertThat(store.decision(run.runId(), "approve"))
        .contains(
            new Decision(
                winner % 2 == 0, "user-" + winner, "comment " + winner, T0.plusSeconds(winner)));
  }

  @Test
  public void decideRefusesAnUnknownRun() {
    assertThatThrownBy(
            () -> store.decide("no-such-run", "approve", new Decision(true, "bob", null, T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-run");
  }

  // ---- side effects

  @Test
  public void theFirstRecordOfAnEffectStandsAndASecondIsRefused() {
    String key = "email-" + UUID.randomUUID();

    assertThat(store.recordEffect(key, Map.of("message_id", "<1@altlas>"))).isTrue();
    assertThat(store.recordEffect(key, Map.of("message_id", "<2@altlas>"))).isFalse();
    assertThat(store.effect(key)).contains(Map.of("message_id", "<1@altlas>"));
  }

  @Test
  public void ofConcurrentRecordsOfAnEffectExactlyOneWins() {
    String key = "webhook-" + UUID.randomUUID();

    List<Boolean> won = race(i -> store.recordEffect(key, Map.of("status", 200, "by", i)));

    assertThat(won).containsOnlyOnce(true);
    assertThat(store.effect(key)).contains(Map.of("status", 200, "by", won.indexOf(true)));
  }

  @Test
  public void anEffectWithoutResultIsRefused() {
    assertThatThrownBy(() -> store.recordEffect("null-" + UUID.randomUUID(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }

  // ---- retention

  @Test
  public void purgeDeletesFinishedRunsOldestFirstWithEverythingTheyHad() {
    try (RunStore own = newStore()) {
      Instant cutoff = T0.plus(Duration.ofDays(30));
      var finishedAt = new ArrayList<Instant>();
      for (int i = 0; i < 5; i++) {
        finishedAt.add(cutoff.minus(Duration.ofDays(5 - i)));
      }
      // stored and created in other orders than they finished in: age is the finish time
      var purgeable = new ArrayList<String>();
      for (int i : List.of(3, 0, 4, 1, 2)) {
        purgeable.add(finishedRun(own, "old_" + i, T0.plusSeconds(5 - i), finishedAt.get(i)));
      }
      String atCutoff = finishedRun(own, "at-cutoff", T0, cutoff);
      String newer = finishedRun(own, "newer", T0, cutoff.plusSeconds(1));
      // '_' is a LIKE wildcard: these keys must not pass for those of run 'old_0'
      String lookalike = "oldX0";
      String unrelated = "email-" + UUID.randomUUID();
      assertThat(own.recordEffect(lookalike + "/send/email", Map.of("sent", true))).isTrue();
      assertThat(own.recordEffect(unrelated, Map.of("sent", true))).isTrue();
      List<String> oldestFirst = List.of("old_0", "old_1", "old_2", "old_3", "old_4");
      assertThat(purgeable).containsExactlyInAnyOrderElementsOf(oldestFirst);

      assertThat(own.purgeFinishedBefore(cutoff, 2)).isEqualTo(2);
      assertGone(own, "old_0");
      assertGone(own, "old_1");
      assertKept(own, "old_2");

      assertThat(own.purgeFinishedBefore(cutoff, 2)).isEqualTo(2);
      assertGone(own, "old_3");
      assertKept(own, "old_4");
      assertThat(own.purgeFinishedBefore(cutoff, 2)).isEqualTo(1);
      assertThat(own.purgeFinishedBefore(cutoff, 2)).isZero();

      oldestFirst.forEach(id -> assertGone(own, id));
      assertKept(own, atCutoff);
      assertKept(own, newer);
      assertThat(own.effect(lookalike + "/send/email")).contains(Map.of("sent", true));
      assertThat(own.effect(unrelated)).contains(Map.of("sent", true));
    }
  }

  @Test
  public void unfinishedRunsAreNeverPurgedHoweverOld() {
    try (RunStore own = newStore()) {
      Instant ancient = Instant.parse("1999-12-31T23:59:59Z");
      RunRecord queued = RunRecord.queued("queued-run", plan(400), "alice", ancient);
      own.createRun(queued, tasksOf(queued));
      RunRecord running = RunRecord.queued("running-run", plan(401), "alice", ancient);
      own.createRun(running, tasksOf(running));
      assertThat(own.updateRun(running, running.started(ancient))).isTrue();
      // a finish time does not make a run finished: its state does
      RunRecord odd = RunRecord.queued("running-with-finish-time", plan(402), "alice", ancient);
      own.createRun(odd, tasksOf(odd));
      assertThat(own.updateRun(odd, odd.started(ancient).finished(RunState.RUNNING, ancient)))
          .isTrue();
      String done = finishedRun(own, "done-run", ancient, ancient.plusSeconds(1));

      assertThat(own.purgeFinishedBefore(Instant.parse("2999-01-01T00:00:00Z"), 100)).isEqualTo(1);

      assertGone(own, done);
      for (RunRecord run : List.of(queued, running, odd)) {
        assertThat(own.findRun(run.runId())).isPresent();
        assertThat(own.tasks(run.runId())).hasSize(run.plan().tasks().size());
      }
      assertThat(own.unfinishedRuns())
          .containsExactlyInAnyOrder(queued.runId(), running.runId(), odd.runId());
    }
  }

  @Test
  public void theIdOfAPurgedRunMayBeUsedAgain() {
    try (RunStore own = newStore()) {
      String runId = finishedRun(own, "reused-id", T0, T0.plusSeconds(1));
      assertThat(own.findRun(runId).orElseThrow().plan()).isEqualTo(plan(500));
      assertThat(own.purgeFinishedBefore(T0.plusSeconds(2), 10)).isEqualTo(1);

      RunRecord again = RunRecord.queued(runId, plan(501), "bob", T0.plusSeconds(3));
      own.createRun(again, tasksOf(again));

      assertThat(own.findRun(runId)).contains(again);
      assertThat(own.tasks(runId)).isEqualTo(tasksOf(again));
      assertThat(own.result(runId)).isEmpty();
      assertThat(own.decision(runId, "approve")).isEmpty();
      assertThat(own.effect(runId + "/notify[0]/send")).isEmpty();
    }
  }

  @Test
  public void purgeRefusesANullCutoffAndALimitBelowOne() {
    assertThatThrownBy(() -> store.purgeFinishedBefore(null, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cutoff");
    assertThatThrownBy(() -> store.purgeFinishedBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  /**
   * A finished run with everything a run leaves behind: tasks, an item, a decision, an effect keyed
   * as the engine keys them, and its result.
   */
  private static String finishedRun(
      RunStore target, String runId, Instant createdAt, Instant finishedAt) {
    RunRecord run = RunRecord.queued(runId, plan(500), "retention", createdAt);
    List<TaskRecord> tasks = tasksOf(run);
    target.createRun(run, tasks);
    TaskRecord first = tasks.get(0);
    assertThat(
            target.fanOut(
                first,
                first.withState(TaskState.FANNED_OUT),
                List.of(TaskRecord.item(runId, first.taskId(), 0))))
        .isTrue();
    assertThat(target.decide(runId, "approve", new Decision(true, "ayşe", "tamam", createdAt)))
        .isTrue();
    assertThat(target.recordEffect(runId + "/notify[0]/send", Map.of("result", "<1@altlas>")))
        .isTrue();
    assertThat(target.updateRun(run, run.started(createdAt).finished(RunState.FAILED, finishedAt)))
        .isTrue();
    target.saveResult(resultOf(run, RunStatus.FAILED));
    return runId;
  }

  private static void assertGone(RunStore target, String runId) {
    assertThat(target.findRun(runId)).as("run %s", runId).isEmpty();
    assertThat(target.tasks(runId)).as("tasks of %s", runId).isEmpty();
    assertThat(target.result(runId)).as("result of %s", runId).isEmpty();
    assertThat(target.decision(runId, "approve")).as("decision of %s", runId).isEmpty();
    assertThat(target.effect(runId + "/notify[0]/send")).as("effect of %s", runId).isEmpty();
  }

  private static void assertKept(RunStore target, String runId) {
    assertThat(target.findRun(runId)).as("run %s", runId).isPresent();
    assertThat(target.tasks(runId)).as("tasks of %s", runId).isNotEmpty();
    assertThat(target.result(runId)).as("result of %s", runId).isPresent();
    assertThat(target.decision(runId, "approve")).as("decision of %s", runId).isPresent();
    assertThat(target.effect(runId + "/notify[0]/send")).as("effect of %s", runId).isPresent();
  }

  // ---- JSON values

  @Test
  public void jsonValuesComeBackEqualWithKeyOrderKept() {
    Map<String, Object> value = awkwardJson();
    RunRecord run = created("alice", T0, 38);
    TaskRecord task = store.tasks(run.runId()).get(0);
    TaskRecord done = task.finished(TaskState.SUCCEEDED, T0, value, null, null, null);
    String key = "json-" + UUID.randomUUID();

    assertThat(store.updateTask(task, done)).isTrue();
    assertThat(store.recordEffect(key, value)).isTrue();

    Object output = store.task(run.runId(), task.key()).orElseThrow().output();
    Object effect = store.effect(key).orElseThrow();
    assertThat(output).isEqualTo(value);
    assertThat(effect).isEqualTo(value);
    assertThat(new ArrayList<Object>(((Map<?, ?>) output).keySet()))
        .containsExactlyElementsOf(value.keySet());
    assertThat(new ArrayList<Object>(((Map<?, ?>) effect).keySet()))
        .containsExactlyElementsOf(value.keySet());
  }

  @Test
  public void numbersComeBackAsReadingJsonGivesThem() {
    String key = "numbers-" + UUID.randomUUID();
    var written = new ArrayList<Object>();
    written.addAll(List.of(5L, (short) 7, 1.5f, new BigDecimal("2.50"), 3_000_000_000L));

    assertThat(store.recordEffect(key, written)).isTrue();

    assertThat(store.effect(key)).contains(List.of(5, 7, 1.5, 2.5, 3_000_000_000L));
  }

  @Test
  public void valuesThatAreNotJsonAreRefusedNamingWhere() {
    RunRecord run = created("alice", T0, 39);
    TaskRecord task = store.tasks(run.runId()).get(0);
    var output = Map.of("files", List.of(Map.of("modified", T0)));

    assertThatThrownBy(
            () ->
                store.updateTask(
                    task, task.finished(TaskState.SUCCEEDED, T0, output, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("files[0].modified")
        .hasMessageContaining("Instant");
    assertThat(store.task(run.runId(), task.key())).contains(task);
    assertThatThrownBy(() -> store.recordEffect("nan-" + UUID.randomUUID(), List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  // ---- property: versions count successful compare-and-sets

  /** One step of a schedule: a worker tries to update a row from what it last read. */
  public record Step(int worker, int row, boolean rereadFirst) {}

  @Provide
  public Arbitrary<List<Step>> schedules() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  /**
   * Opens the property's store. A store the adapter cannot give (it aborts, e.g. for want of a
   * server) skips the property, as it skips the example tests; jqwik would take an abort thrown
   * from {@code @BeforeProperty} as a failure.
   */
  public static final class OpenStoreOrSkip implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      if (!(context instanceof PropertyLifecycleContext property)) {
        return SkipResult.doNotSkip();
      }
      try {
        ((RunStoreContract) property.testInstance()).openStore();
        return SkipResult.doNotSkip();
      } catch (TestAbortedException e) {
        return SkipResult.skip(e.getMessage());
      }
    }
  }

  @AfterProperty
  public void closePropertyStore() {
    closeStore();
  }

  @Property(tries = 40)
  @AddLifecycleHook(OpenStoreOrSkip.class)
  public void eachRowsVersionIsTheNumberOfSuccessfulUpdates(
      @ForAll("schedules") List<Step> schedule) {
    RunRecord run = newRun("prop", T0, 300);
    var keys = List.of("a", "b", "c");
    store.createRun(run, keys.stream().map(k -> TaskRecord.waiting(run.runId(), k)).toList());
    var seen = new TaskRecord[4][keys.size()];
    for (TaskRecord[] view : seen) {
      for (int r = 0; r < keys.size(); r++) {
        view[r] = store.task(run.runId(), keys.get(r)).orElseThrow();
      }
    }
    var successes = new int[keys.size()];
    for (Step step : schedule) {
      if (step.rereadFirst()) {
        seen[step.worker()][step.row()] =
            store.task(run.runId(), keys.get(step.row())).orElseThrow();
      }
      TaskRecord from = seen[step.worker()][step.row()];
      TaskRecord next = from.claimed("worker-" + step.worker(), T0, T0.plusSeconds(1));
      boolean current = from.version() == successes[step.row()];

      assertThat(store.updateTask(from, next)).isEqualTo(current);
      if (current) {
        successes[step.row()]++;
        seen[step.worker()][step.row()] = versioned(next, from.version() + 1);
      }
    }
    for (int r = 0; r < keys.size(); r++) {
      TaskRecord stored = store.task(run.runId(), keys.get(r)).orElseThrow();
      assertThat(stored.version()).isEqualTo(successes[r]);
      assertThat(stored.attempts()).isEqualTo(successes[r]);
    }
  }

  // ---- helpers

  /** A random valid plan, the same for the same seed. */
  protected static Plan plan(long seed) {
    return PlanArbitraries.plan(new Random(seed));
  }

  protected static RunRecord newRun(String owner, Instant createdAt, long planSeed) {
    return RunRecord.queued("run-" + UUID.randomUUID(), plan(planSeed), owner, createdAt);
  }

  /** One waiting row per task of the run's plan. */
  protected static List<TaskRecord> tasksOf(RunRecord run) {
    return run.plan().tasks().stream().map(t -> TaskRecord.waiting(run.runId(), t.id())).toList();
  }

  private RunRecord created(String owner, Instant createdAt, long planSeed) {
    RunRecord run = newRun(owner, createdAt, planSeed);
    store.createRun(run, tasksOf(run));
    return run;
  }

  private static TaskRecord item(RunRecord run, String taskId, int index) {
    return TaskRecord.item(run.runId(), taskId, index);
  }

  protected static RunRecord versioned(RunRecord r, long version) {
    return new RunRecord(
        r.runId(),
        r.plan(),
        r.state(),
        r.cancelRequested(),
        r.owner(),
        r.createdAt(),
        r.startedAt(),
        r.finishedAt(),
        version);
  }

  protected static TaskRecord versioned(TaskRecord t, long version) {
    return new TaskRecord(
        t.runId(),
        t.key(),
        t.taskId(),
        t.item(),
        t.state(),
        t.attempts(),
        t.notBefore(),
        t.leaseOwner(),
        t.leaseUntil(),
        t.startedAt(),
        t.finishedAt(),
        t.output(),
        t.error(),
        t.model(),
        t.usage(),
        version);
  }

  private List<String> ids(RunQuery query) {
    return store.listRuns(query).stream().map(RunRecord::runId).toList();
  }

  /** The owner's runs in the state after the cursor, fetched page by page. */
  private List<String> page(RunState state, String from, String owner, int size) {
    var all = new ArrayList<String>();
    String before = from;
    while (true) {
      List<String> page = ids(new RunQuery(state, owner, null, before, size));
      all.addAll(page);
      if (page.size() < size) {
        return all;
      }
      before = page.getLast();
    }
  }

  /** Runs {@value #RACERS} calls at once on virtual threads; the answers by caller index. */
  private static <T> List<T> race(IntFunction<T> call) {
    var start = new CountDownLatch(1);
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<T>> answers =
          IntStream.range(0, RACERS)
              .mapToObj(
                  i ->
                      threads.submit(
                          () -> {
                            start.await();
                            return call.apply(i);
                          }))
              .toList();
      start.countDown();
      var results = new ArrayList<T>();
      for (Future<T> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Strings, numbers and nesting that a careless encoding gets wrong, in their JSON-read form. */
  private static Map<String, Object> awkwardJson() {
    var value = new LinkedHashMap<String, Object>();
    value.put("zebra_first", "keys keep their written order");
    value.put("turkish", "İstanbul'da ığüşöç IİıI — Şişli");
    value.put("escapes", "quote \" backslash \\ tab \t newline \n nul \u0000 end");
    value.put("emoji", "✓ 😀 𝄞");
    value.put("int", 42);
    value.put("int_min", Integer.MIN_VALUE);
    value.put("past_int", 2_147_483_648L);
    value.put("long_max", Long.MAX_VALUE);
    value.put("long_min", Long.MIN_VALUE);
    value.put("beyond_long", new BigInteger("123456789012345678901234567890"));
    value.put("fraction", 0.1);
    value.put("tiny", 1e-300);
    value.put("huge", Double.MAX_VALUE);
    value.put("negative", -273.15);
    value.put("yes", true);
    value.put("no", false);
    value.put("nothing", null);
    value.put("empty_map", Map.of());
    value.put("empty_list", List.of());
    value.put("list_with_null", Arrays.asList(1, null, "x"));
    var deep = new LinkedHashMap<String, Object>();
    deep.put("level", List.of(Map.of("a", List.of(1, List.of(2, Map.of("deep", "ğ")))), List.of()));
    value.put("nested", deep);
    var many = new ArrayList<Object>();
    for (int i = 0; i < 1000; i++) {
      many.add(Map.of("i", i, "s", "item " + i));
    }
    value.put("many", many);
    value.put("long_text", "ü".repeat(100_000));
    return value;
  }

  /** A realistic {@code .last} of the run: outputs, an error, an artifact, the graph. */
  protected static RunResult resultOf(RunRecord run, RunStatus status) {
    Instant start = T0.plusMillis(118);
    Instant end = start.plus(Duration.ofMillis(3576));
    var listOutput = new LinkedHashMap<String, Object>();
    listOutput.put(
        "files",
        List.of(
            Map.of("path", "docs/architecture.txt", "size", 234, "media_type", "text/plain"),
            Map.of("path", "docs/güvenlik.txt", "size", 159, "media_type", "text/plain")));
    listOutput.put("count", 2);
    var rankOutput =
        Map.<String, Object>of(
            "items",
            List.of(
                Map.of("summary", "API keys are hashed at rest.", "score", 0.91),
                Map.of("summary", "Runs resume after restart.", "score", 0.86)));
    var tasks =
        List.of(
            new TaskResult(
                "list",
                "fs.list",
                TaskStatus.SUCCEEDED,
                1,
                start,
                start.plusMillis(37),
                37L,
                listOutput,
                null,
                null,
                null),
            new TaskResult(
                "rank",
                "ai.rank",
                TaskStatus.SUCCEEDED,
                2,
                start.plusMillis(40),
                start.plusMillis(1500),
                1460L,
                rankOutput,
                null,
                "local/all-minilm-l6-v2",
                new TokenUsage(138, 0)),
            new TaskResult(
                "email",
                "notify.email",
                TaskStatus.FAILED,
                3,
                start.plusMillis(1510),
                end,
                2066L,
                null,
                new TaskError("notify.smtp_refused", "550 mailbox unavailable"),
                null,
                null));
    var graph =
        new ExecutionGraph(
            List.of(
                new GraphNode("list", "fs.list", TaskStatus.SUCCEEDED, start, start.plusMillis(37)),
                new GraphNode(
                    "rank",
                    "ai.rank",
                    TaskStatus.SUCCEEDED,
                    start.plusMillis(40),
                    start.plusMillis(1500)),
                new GraphNode(
                    "email", "notify.email", TaskStatus.FAILED, start.plusMillis(1510), end)),
            List.of(new GraphEdge("list", "rank"), new GraphEdge("rank", "email")));
    var artifact =
        new Artifact(
            "ranking.json",
            "rank",
            "data",
            "application/json",
            786,
            "4d874e99fa913f3416e53baa8ab8e7606db6cc341176ea019dbc51bc165121f0",
            "file:///var/lib/altlas/artifacts/" + run.runId() + "/rank/ranking.json");
    return new RunResult(
        RunResult.FORMAT_VERSION,
        run.runId(),
        run.plan().header(),
        status,
        2.0 / 3,
        start,
        end,
        3576L,
        tasks,
        List.of(artifact),
        graph,
        new TokenUsage(138, 0),
        "Listed 2 files, ranked them; the e-mail was refused (550). Özet: 2/3 görev başarılı.");
  }
}
