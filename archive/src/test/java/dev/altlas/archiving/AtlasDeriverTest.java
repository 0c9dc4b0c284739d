package dev.altlas.archiving;

import static dev.altlas.archiving.TestRuns.T0;
import static dev.altlas.archiving.TestRuns.task;
import static dev.altlas.model.StatDimension.MODE;
import static dev.altlas.model.StatDimension.MODEL;
import static dev.altlas.model.StatDimension.PERSONA;
import static dev.altlas.model.StatDimension.TASK_TYPE;
import static dev.altlas.model.TaskStatus.CANCELLED;
import static dev.altlas.model.TaskStatus.FAILED;
import static dev.altlas.model.TaskStatus.SKIPPED;
import static dev.altlas.model.TaskStatus.SUCCEEDED;
import static dev.altlas.model.TaskStatus.TIMED_OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.bus.RunEvent;
import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.FailurePattern;
import dev.altlas.model.LowSuccessAlert;
import dev.altlas.model.Mode;
import dev.altlas.model.OutcomeStats;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlanTemplate;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TemplateSlot;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atlas derivation over the real archive store, checked against numbers worked out by hand for a
 * five-run fixture (see {@link #addFixture}).
 */
class AtlasDeriverTest {
  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
  private static final TaskCatalog CATALOG = TaskCatalog.builtin();

  @TempDir Path home;
  private JdbcArchiveStore store;
  private InProcessEventBus bus;
  private final List<RunEvent> alerts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() {
    store = JdbcArchiveStore.open(JdbcSettings.embedded(home));
    bus = new InProcessEventBus();
    bus.subscribe("atlas.>", alerts::add);
  }

  @AfterEach
  void close() {
    bus.close();
    store.close();
  }

  private static Instant hour(int n) {
    return T0.plus(Duration.ofHours(n));
  }

  /**
   * Five runs. By hand:
   *
   * <pre>
   * task types (ran to an outcome; skipped and cancelled left out):
   *   fs.list      r1 ok 10, r2 ok 30, r3 ok 20            → 3, 100 %,  p50 20,  p95/p99 30
   *   ai.summarize r1 ok 200, r2 fail 100, r5 ok 250       → 3, 2/3,    p50 200, p95/p99 250
   *   http.request r3 fail 500, r5 timeout 1000, r5 ok 300 → 3, 1/3,    p50 500, p95/p99 1000
   * models:   m1 r1 ok 200, r2 fail 100 → 2, 50 %, p50 100, p95/p99 200;  m2 r5 ok 250 → 1, 100 %
   * modes (runs, cancelled r4 left out; a partial success is not a success):
   *   normal  r1 ok 1000, r2 failed 3000   → 2, 50 %, p50 1000, p95/p99 3000
   *   explore r3 partial 2000, r5 ok 4000  → 2, 50 %, p50 2000, p95/p99 4000
   * personas: researcher r1, r2 → 2, 50 %;  data_analyst r5 → 1, 100 %;  r3 has none
   * failures: http.request/http.timeout ×2 (last r5, hour 5); ai.summarize/ai.timeout ×1 (hour 2)
   * </pre>
   */
  private void addFixture() {
    Plan normal = TestRuns.plan("plan-n", "Summarize the notes", Mode.NORMAL, Persona.RESEARCHER);
    Plan explore = TestRuns.plan("plan-e", "Fetch the feed", Mode.EXPLORE, null);
    Plan analyst =
        TestRuns.plan("plan-a", "Fetch and summarize", Mode.EXPLORE, Persona.DATA_ANALYST);
    add(
        "r1",
        normal,
        RunStatus.SUCCEEDED,
        1,
        1000,
        task("list", "fs.list", SUCCEEDED, 10, null, null, hour(1)),
        task("sum", "ai.summarize", SUCCEEDED, 200, "m1", null, hour(1)));
    add(
        "r2",
        normal,
        RunStatus.FAILED,
        2,
        3000,
        task("list", "fs.list", SUCCEEDED, 30, null, null, hour(2)),
        task("sum", "ai.summarize", FAILED, 100, "m1", "ai.timeout", hour(2)));
    add(
        "r3",
        explore,
        RunStatus.PARTIALLY_SUCCEEDED,
        3,
        2000,
        task("list", "fs.list", SUCCEEDED, 20, null, null, hour(3)),
        task("get", "http.request", FAILED, 500, null, "http.timeout", hour(3)),
        task("top", "data.top", SKIPPED, 0, null, null, hour(3)));
    add(
        "r4",
        normal,
        RunStatus.CANCELLED,
        4,
        500,
        task("list", "fs.list", CANCELLED, 5, null, "run.cancelled", hour(4)));
    add(
        "r5",
        analyst,
        RunStatus.SUCCEEDED,
        5,
        4000,
        task("get", "http.request", TIMED_OUT, 1000, null, "http.timeout", hour(5)),
        task("get2", "http.request", SUCCEEDED, 300, null, null, hour(5)),
        task("sum", "ai.summarize", SUCCEEDED, 250, "m2", null, hour(5)));
  }

  private void add(
      String runId, Plan plan, RunStatus status, int hour, long durationMs, TaskResult... tasks) {
    RunResult result = TestRuns.result(runId, plan, status, hour(hour), durationMs, List.of(tasks));
    store.add(result, plan, null);
  }

  private AtlasDeriver deriver(
      AtlasSettings settings, Function<Collection<ArchivedRun>, List<CommandPattern>> learner) {
    return new AtlasDeriver(
        store, bus, CATALOG, learner, settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static final AtlasSettings SETTINGS =
      AtlasSettings.defaults().withSource("test").withAlerts(0.5, 2).withBatchSize(2);

  @Test
  void statisticsMatchTheNumbersWorkedOutByHand() {
    addFixture();

    Atlas atlas = deriver(SETTINGS, runs -> List.of()).derive();

    assertThat(atlas.runsAnalysed()).isEqualTo(5);
    assertThat(atlas.generatedAt()).isEqualTo(NOW);
    assertThat(atlas.source()).isEqualTo("test");
    assertThat(atlas.stats())
        .containsExactly(
            new OutcomeStats(TASK_TYPE, "ai.summarize", 3, 2.0 / 3, 200, 250, 250),
            new OutcomeStats(TASK_TYPE, "fs.list", 3, 1.0, 20, 30, 30),
            new OutcomeStats(TASK_TYPE, "http.request", 3, 1.0 / 3, 500, 1000, 1000),
            new OutcomeStats(MODE, "explore", 2, 0.5, 2000, 4000, 4000),
            new OutcomeStats(MODE, "normal", 2, 0.5, 1000, 3000, 3000),
            new OutcomeStats(PERSONA, "data_analyst", 1, 1.0, 4000, 4000, 4000),
            new OutcomeStats(PERSONA, "researcher", 2, 0.5, 1000, 3000, 3000),
            new OutcomeStats(MODEL, "m1", 2, 0.5, 100, 200, 200),
            new OutcomeStats(MODEL, "m2", 1, 1.0, 250, 250, 250));
    assertThat(atlas.failures())
        .containsExactly(
            new FailurePattern(
                "http.request",
                "http.timeout",
                2,
                "http.request failed with http.timeout",
                hour(5)),
            new FailurePattern(
                "ai.summarize", "ai.timeout", 1, "ai.summarize failed with ai.timeout", hour(2)));
  }

  @Test
  void groupsBelowTheThresholdWithEnoughSamplesRaiseAlerts() {
    addFixture();

    Atlas atlas = deriver(SETTINGS, runs -> List.of()).derive();

    assertThat(atlas.alerts()).hasSize(1);
    LowSuccessAlert alert = atlas.alerts().getFirst();
    assertThat(alert.dimension()).isEqualTo(TASK_TYPE);
    assertThat(alert.key()).isEqualTo("http.request");
    assertThat(alert.successRate()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(alert.threshold()).isEqualTo(0.5);
    assertThat(alert.count()).isEqualTo(3);
    assertThat(alert.raisedAt()).isEqualTo(NOW);
    assertThat(alert.message())
        .isEqualTo(
            "task type http.request succeeded in 33.3% of 3 tasks, below the 50% threshold;"
                + " most failures are http.timeout.");

    // A 0.6 threshold also catches the 50 % groups with two samples or more.
    Atlas stricter = deriver(SETTINGS.withAlerts(0.6, 2), runs -> List.of()).derive();
    assertThat(stricter.alerts())
        .extracting(a -> a.dimension() + " " + a.key())
        .containsExactly(
            "TASK_TYPE http.request",
            "MODE explore",
            "MODE normal",
            "PERSONA researcher",
            "MODEL m1");

    Atlas fewSamples = deriver(SETTINGS.withAlerts(0.5, 4), runs -> List.of()).derive();
    assertThat(fewSamples.alerts()).isEmpty();
  }

  @Test
  void alertsArePublishedOnTheBusWhenRaisedButNotRepeatedNotEvenAfterARestart() throws Exception {
    addFixture();
    AtlasDeriver deriver = deriver(SETTINGS, runs -> List.of());

    deriver.derive();
    Eventually.await("one alert", Duration.ofSeconds(5), () -> alerts.size() == 1);
    RunEvent event = alerts.getFirst();
    assertThat(event.type()).isEqualTo(AtlasDeriver.ALERT_EVENT);
    assertThat(event.subject()).isEqualTo("atlas.low_success");
    assertThat(event.at()).isEqualTo(NOW);
    assertThat(event.data())
        .containsEntry("dimension", "task_type")
        .containsEntry("key", "http.request")
        .containsEntry("count", 3L)
        .containsEntry("threshold", 0.5);

    deriver.derive();
    // A new deriver (the next altlas process) remembers what was announced through the store.
    deriver(SETTINGS, runs -> List.of()).derive();
    // Delivery is in order: once this arrives, a repeated alert would have arrived before it.
    bus.publish(new RunEvent("end", "atlas.end", null, null, NOW, Map.of()));
    Eventually.await("the marker", Duration.ofSeconds(5), () -> alerts.size() >= 2);
    assertThat(alerts)
        .extracting(RunEvent::type)
        .containsExactly(AtlasDeriver.ALERT_EVENT, "atlas.end");
  }

  @Test
  void theDerivedAtlasIsAValidAtlasDocument() {
    addFixture();
    AtomicInteger seen = new AtomicInteger();
    CommandPattern good = pattern("pat-1", "fs.list");

    Atlas atlas =
        deriver(
                SETTINGS,
                runs -> {
                  runs.forEach(r -> seen.incrementAndGet());
                  return List.of(good, pattern("pat-2", "no.such"), pattern("pat-1", "fs.read"));
                })
            .derive();

    assertThat(seen).hasValue(5);
    // The unknown task type and the repeated id were left out.
    assertThat(atlas.patterns()).containsExactly(good);
    DocumentReader reader = new DocumentReader(CATALOG);
    for (Syntax syntax : Syntax.values()) {
      Atlas read = reader.readAtlas(new DocumentWriter().write(atlas, syntax));
      assertThat(read.stats()).isEqualTo(atlas.stats());
      assertThat(read.failures()).isEqualTo(atlas.failures());
      assertThat(read.alerts()).isEqualTo(atlas.alerts());
      assertThat(read.patterns()).hasSize(1);
    }
  }

  @Test
  void theLearnerSeesEveryRecordUpToTheStartOfDerivationABatchAtATime() {
    addFixture();
    List<String> seen = new CopyOnWriteArrayList<>();

    deriver(
            SETTINGS,
            runs -> {
              assertThat(runs).hasSize(5);
              // Added after derivation started: not part of this atlas.
              add(
                  "r6",
                  TestRuns.plan("plan-6", "Late"),
                  RunStatus.SUCCEEDED,
                  6,
                  10,
                  TestRuns.succeeded("list", "fs.list", 5));
              runs.forEach(r -> seen.add(r.runId()));
              runs.forEach(r -> seen.add(r.runId()));
              return List.of();
            })
        .derive();

    assertThat(seen).containsExactly("r1", "r2", "r3", "r4", "r5", "r1", "r2", "r3", "r4", "r5");
  }

  @Test
  void aLearnerThatGoesThroughEveryRunHasTheStatisticsTalliedOnTheWay() {
    addFixture();
    Atlas counted = deriver(SETTINGS, runs -> List.of()).derive();
    var reads = new AtomicInteger();
    var counting = new ReadCountingStore(store, reads);
    AtlasDeriver once =
        new AtlasDeriver(
            counting,
            bus,
            CATALOG,
            runs -> {
              runs.forEach(r -> {});
              return List.of();
            },
            SETTINGS,
            Clock.fixed(NOW, ZoneOffset.UTC));

    Atlas tallied = once.derive();

    assertThat(tallied.runsAnalysed()).isEqualTo(5);
    assertThat(tallied.stats()).isEqualTo(counted.stats());
    assertThat(tallied.failures()).isEqualTo(counted.failures());
    assertThat(tallied.alerts()).isEqualTo(counted.alerts());
    // Five runs in batches of two: the archive was read once.
    assertThat(reads).hasValue(3);
  }

  @Test
  void aLearnerThatStopsEarlyStillGetsEveryRunCounted() {
    addFixture();
    Atlas counted = deriver(SETTINGS, runs -> List.of()).derive();

    Atlas partly =
        deriver(
                SETTINGS,
                runs -> {
                  var it = runs.iterator();
                  it.next();
                  it.next();
                  return List.of();
                })
            .derive();

    assertThat(partly.runsAnalysed()).isEqualTo(5);
    assertThat(partly.stats()).isEqualTo(counted.stats());
    assertThat(partly.failures()).isEqualTo(counted.failures());
  }

  @Test
  void anEmptyArchiveGivesAnEmptyAtlas() {
    Atlas atlas = deriver(SETTINGS, runs -> List.of()).derive();

    assertThat(atlas.runsAnalysed()).isZero();
    assertThat(atlas.stats()).isEmpty();
    assertThat(atlas.failures()).isEmpty();
    assertThat(atlas.alerts()).isEmpty();
  }

  /** The archive store, counting how many batches of records are read from it. */
  private record ReadCountingStore(ArchiveStore store, AtomicInteger reads)
      implements ArchiveStore {
    @Override
    public Added add(RunResult result, Plan plan, Embedding embedding) {
      return store.add(result, plan, embedding);
    }

    @Override
    public Optional<ArchivedRun> find(String runId) {
      return store.find(runId);
    }

    @Override
    public List<ArchivedRun> after(long sequence, int limit) {
      reads.incrementAndGet();
      return store.after(sequence, limit);
    }

    @Override
    public long lastSequence() {
      return store.lastSequence();
    }

    @Override
    public long count() {
      return store.count();
    }

    @Override
    public List<String> purgeFinishedBefore(Instant cutoff, int limit) {
      return store.purgeFinishedBefore(cutoff, limit);
    }

    @Override
    public Optional<String> checkpoint(String name) {
      return store.checkpoint(name);
    }

    @Override
    public void saveCheckpoint(String name, String value) {
      store.saveCheckpoint(name, value);
    }

    @Override
    public void close() {
      store.close();
    }
  }

  private static CommandPattern pattern(String id, String type) {
    return new CommandPattern(
        id,
        "list",
        "en",
        "list the files in {path}",
        List.of(0.1f, 0.2f),
        new PlanTemplate(
            Mode.NORMAL,
            null,
            List.of(PlanTask.of("list", type, "List", Map.of("path", "./docs"), List.of())),
            List.of(new TemplateSlot("list", "path", "path", "./docs"))),
        3,
        1.0,
        hour(3));
  }
}
