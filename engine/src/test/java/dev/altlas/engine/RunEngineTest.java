package dev.altlas.engine;

import static dev.altlas.engine.EngineFixture.echo;
import static dev.altlas.engine.EngineFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Backoff;
import dev.altlas.model.ChaosFault;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.run.Decision;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEngineTest {
  @TempDir Path dir;
  EngineFixture f;

  @BeforeEach
  void open() {
    f = new EngineFixture(dir);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static TaskResult task(RunResult r, String id) {
    return r.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void outputsFlowByReferenceAndTheResultIsAValidLastRecord() throws Exception {
    RunResult r =
        f.run(
            plan(
                echo("a", Map.of("value", List.of(1, 2, 3))),
                echo("b", Map.of("value", "${tasks.a.output.value}"), "a"),
                echo("c", Map.of("value", "got ${tasks.b.output.value}"), "b")));

    assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(r.successRate()).isEqualTo(1.0);
    assertThat(task(r, "b").output()).isEqualTo(Map.of("value", List.of(1, 2, 3)));
    assertThat(task(r, "c").output()).isEqualTo(Map.of("value", "got [1,2,3]"));
    assertThat(r.graph().edges()).hasSize(2);
    String yaml = new DocumentWriter().write(r, Syntax.YAML);
    assertThat(new DocumentReader(TaskCatalog.builtin()).readRun(yaml)).isEqualTo(r);
  }

  @Test
  void independentTasksRunInParallelWithinThePerRunLimit() throws Exception {
    f.engine.close();
    f.engine = f.newEngine(3, Duration.ofSeconds(2));
    PlanTask[] tasks =
        IntStream.range(0, 10)
            .mapToObj(i -> echo("t" + i, Map.of("value", i, "sleep_ms", 150)))
            .toArray(PlanTask[]::new);

    RunResult r = f.run(plan(tasks));

    assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(f.tasks.maxRunning.get()).isEqualTo(3);
  }

  @Test
  void aFlakyTaskIsRetriedUntilItSucceeds() throws Exception {
    RunResult r = f.run(plan(echo("flaky", Map.of("value", "x", "fail_first", 2))));

    assertThat(task(r, "flaky").status()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(task(r, "flaky").attempts()).isEqualTo(3);
    assertThat(f.events).extracting(e -> e.type()).contains("task.retrying");
  }

  @Test
  void aPermanentFailureIsNotRetriedAndOnlyItsDependentsAreSkipped() throws Exception {
    RunResult r =
        f.run(
            plan(
                echo("bad", Map.of("value", 1, "fail", "the disk is full")),
                echo("after_bad", Map.of("value", "${tasks.bad.output.value}"), "bad"),
                echo("after_after", Map.of("value", 3), "after_bad"),
                echo("independent", Map.of("value", 4))));

    assertThat(r.status()).isEqualTo(RunStatus.PARTIALLY_SUCCEEDED);
    assertThat(task(r, "bad").status()).isEqualTo(TaskStatus.FAILED);
    assertThat(task(r, "bad").attempts()).isEqualTo(1);
    assertThat(task(r, "bad").error().message()).isEqualTo("the disk is full");
    assertThat(task(r, "after_bad").status()).isEqualTo(TaskStatus.SKIPPED);
    assertThat(task(r, "after_bad").error().message()).isEqualTo("skipped because 'bad' failed");
    assertThat(task(r, "after_after").status()).isEqualTo(TaskStatus.SKIPPED);
    assertThat(task(r, "independent").status()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(r.summary()).contains("bad: test.failed — the disk is full");
  }

  @Test
  void aTaskThatRunsTooLongTimesOut() throws Exception {
    PlanTask slow =
        new PlanTask(
            "slow",
            "test.echo",
            null,
            Map.of("value", 1, "sleep_ms", 5000),
            List.of(),
            null,
            null,
            Duration.ofMillis(200),
            RetryPolicy.NONE,
            null,
            null,
            null);

    RunResult r = f.run(plan(slow));

    assertThat(task(r, "slow").status()).isEqualTo(TaskStatus.TIMED_OUT);
    assertThat(task(r, "slow").error().code()).isEqualTo("task.timeout");
    assertThat(r.status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void forEachFansOutWithBoundedConcurrencyAndKeepsItemOrder() throws Exception {
    PlanTask each =
        new PlanTask(
            "each",
            "test.echo",
            null,
            Map.of("value", "item ${item}", "sleep_ms", 50),
            List.of("list"),
            "${tasks.list.output.value}",
            3,
            null,
            null,
            null,
            null,
            null);
    RunResult r =
        f.run(plan(echo("list", Map.of("value", IntStream.range(0, 12).boxed().toList())), each));

    assertThat(task(r, "each").status()).isEqualTo(TaskStatus.SUCCEEDED);
    List<Object> expected =
        IntStream.range(0, 12).<Object>mapToObj(i -> Map.of("value", "item " + i)).toList();
    assertThat(task(r, "each").output()).isEqualTo(expected);
    assertThat(f.tasks.maxRunning.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void aFalseConditionSkipsTheTask() throws Exception {
    PlanTask guarded =
        new PlanTask(
            "guarded",
            "test.echo",
            null,
            Map.of("value", 1),
            List.of("count"),
            null,
            null,
            null,
            null,
            "${tasks.count.output.value} > 5",
            null,
            null);

    RunResult r = f.run(plan(echo("count", Map.of("value", 3)), guarded));

    assertThat(task(r, "guarded").status()).isEqualTo(TaskStatus.SKIPPED);
    assertThat(task(r, "guarded").error().code()).isEqualTo("condition.false");
  }

  @Test
  void aSideEffectHappensOnceEvenWhenItsTaskIsRetried() throws Exception {
    // Attempt 1 performs the effect and then fails; attempt 2 must not perform it again.
    RunResult r = f.run(plan(echo("send", Map.of("value", 1, "effect", "mail", "fail_first", 1))));
    assertThat(task(r, "send").status()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(task(r, "send").attempts()).isEqualTo(2);
    assertThat(f.tasks.effects.get(r.runId() + "/mail").get()).isEqualTo(1);
  }

  @Test
  void chaosFaultsFromThePlanAreInjectedAndRetriedAway() throws Exception {
    PlanTask chaotic =
        echo("chaotic", Map.of("value", 1)).withChaos(new ChaosFault(2, Duration.ofMillis(20)));
    Plan p = plan(chaotic);
    Plan chaos =
        new Plan(
            p.formatVersion(),
            p.id(),
            p.createdAt(),
            p.command(),
            p.language(),
            Mode.CHAOS,
            null,
            5,
            7L,
            null,
            List.of(),
            Map.of(),
            p.defaults(),
            null,
            p.tasks());

    RunResult r = f.run(chaos);

    assertThat(task(r, "chaotic").status()).isEqualTo(TaskStatus.SUCCEEDED);
    assertThat(task(r, "chaotic").attempts()).isEqualTo(3);
  }

  @Test
  void anApprovalWaitsForAPersonWithoutHoldingAThread() throws Exception {
    PlanTask ask =
        PlanTask.of("ask", "test.approve", null, Map.of("question", "ship it?"), List.of());
    String id =
        f.engine.submit(plan(ask, echo("ship", Map.of("value", 1), "ask")), "tester", Map.of());
    awaitState(id, "ask", TaskState.AWAITING_APPROVAL);
    assertThat(f.engine.await(id, Duration.ofMillis(200))).isEmpty();

    f.engine.decide(id, "ask", new Decision(true, "ayse", "ok", Instant.now()));
    RunResult r = f.engine.await(id, Duration.ofSeconds(10)).orElseThrow();

    assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(task(r, "ask").output()).isEqualTo(Map.of("decision", "approved", "by", "ayse"));
    assertThatThrownBy(
            () -> f.engine.decide(id, "ask", new Decision(false, "x", null, Instant.now())))
        .hasMessageContaining("is not waiting for approval (it is succeeded)");
  }

  @Test
  void aRejectionFailsTheApprovalAndSkipsWhatDependsOnIt() throws Exception {
    PlanTask ask =
        PlanTask.of("ask", "test.approve", null, Map.of("question", "ship it?"), List.of());
    String id =
        f.engine.submit(plan(ask, echo("ship", Map.of("value", 1), "ask")), "tester", Map.of());
    awaitState(id, "ask", TaskState.AWAITING_APPROVAL);

    f.engine.decide(id, "ask", new Decision(false, "mehmet", "not today", Instant.now()));
    RunResult r = f.engine.await(id, Duration.ofSeconds(10)).orElseThrow();

    assertThat(task(r, "ask").error().code()).isEqualTo("approval.rejected");
    assertThat(task(r, "ship").status()).isEqualTo(TaskStatus.SKIPPED);
  }

  @Test
  void cancellingStopsRunningTasksAndStartsNoMore() throws Exception {
    String id =
        f.engine.submit(
            plan(
                echo("long", Map.of("value", 1, "sleep_ms", 20_000)),
                echo("next", Map.of("value", 2), "long")),
            "tester",
            Map.of());
    awaitState(id, "long", TaskState.RUNNING);

    assertThat(f.engine.cancel(id)).isTrue();
    RunResult r = f.engine.await(id, Duration.ofSeconds(10)).orElseThrow();

    assertThat(r.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(task(r, "long").status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(task(r, "next").status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(f.engine.cancel(id)).isFalse();
  }

  @Test
  void aRunLeftRunningByADeadWorkerIsResumedAndFinishes() throws Exception {
    Plan p =
        plan(echo("a", Map.of("value", 1, "effect", "once")), echo("b", Map.of("value", 2), "a"));
    String runId = "run-crashed";
    f.store.createRun(
        RunRecord.queued(runId, p, "tester", Instant.now()),
        List.of(TaskRecord.waiting(runId, "a"), TaskRecord.waiting(runId, "b")));
    RunRecord run = f.store.findRun(runId).orElseThrow();
    f.store.updateRun(run, run.started(Instant.now()));
    TaskRecord a = f.store.task(runId, "a").orElseThrow();
    f.store.updateTask(a, a.claimed("dead-worker", Instant.now(), Instant.now().minusSeconds(1)));

    f.engine.resumeUnfinished();
    RunResult r = f.engine.await(runId, Duration.ofSeconds(10)).orElseThrow();

    assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(f.events).extracting(e -> e.type()).contains("task.reclaimed", "run.resumed");
    assertThat(f.store.findRun(runId).orElseThrow().state()).isEqualTo(RunState.SUCCEEDED);
  }

  @Test
  void invalidPlansAndPlansWithoutHandlersAreRefusedBeforeAnythingIsStored() {
    Plan cyclic = plan(echo("a", Map.of("value", 1), "b"), echo("b", Map.of("value", 1), "a"));
    assertThatThrownBy(() -> f.engine.submit(cyclic, "tester", Map.of()))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("dependency cycle");
    Plan unknownHandler =
        plan(PlanTask.of("x", "test.approve", null, Map.of("question", "q"), List.of()));
    var engineWithout =
        new RunEngine(
            f.store,
            f.bus,
            f.queue,
            ScriptedTasks.CATALOG,
            new TaskHandlers(List.of()),
            null,
            EngineSettings.embedded(),
            java.time.Clock.systemUTC());
    assertThatThrownBy(() -> engineWithout.submit(unknownHandler, "tester", Map.of()))
        .hasMessage("this runner has no handler for task type(s) test.approve");
    engineWithout.close();
    assertThat(f.store.unfinishedRuns()).isEmpty();
  }

  @Test
  void retryDelaysGrowAndStayWithinTheCap() {
    var policy =
        new RetryPolicy(10, Backoff.EXPONENTIAL, Duration.ofMillis(100), Duration.ofSeconds(1));
    var random = new java.util.SplittableRandom(1);
    for (int attempt = 1; attempt <= 8; attempt++) {
      long cap = Math.min(100L << (attempt - 1), 1000);
      assertThat(RetryDelays.after(policy, attempt, random).toMillis()).isBetween(cap / 2, cap);
    }
  }

  private void awaitState(String runId, String key, TaskState state) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (f.store.task(runId, key).map(TaskRecord::state).orElse(null) != state) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            key + " never reached " + state + "; is " + f.store.task(runId, key));
      }
      Thread.sleep(10);
    }
  }
}
