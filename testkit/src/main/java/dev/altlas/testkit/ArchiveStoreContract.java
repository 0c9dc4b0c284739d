package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.format.StoredForm;
import dev.altlas.model.Artifact;
import dev.altlas.model.Backoff;
import dev.altlas.model.ExecutionGraph;
import dev.altlas.model.GraphEdge;
import dev.altlas.model.GraphNode;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.Priority;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskDefaults;
import dev.altlas.model.TaskError;
import dev.altlas.model.TaskMetadata;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import dev.altlas.model.TokenUsage;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArchiveStore} adapter must do. An adapter's test extends this class and says
 * where a new, empty archive is kept; each test gets one of its own.
 *
 * <p>Beyond the port's javadoc, the suite pins these rules, which search indexes and verification
 * rely on:
 *
 * <ul>
 *   <li>Records come back equal to what was added ({@code add} and {@code find} give the same
 *       record); instants to the microsecond.
 *   <li>The digest is the SHA-256, in lower-case hex, of {@link StoredForm#toJson} of the result.
 *   <li>Sequences are positive and follow the order of commits: a reader that pages with {@code
 *       after} while others add sees every record exactly once. {@code lastSequence} never goes
 *       down, not even when records are purged; an add that changes nothing does not move it.
 *   <li>A record whose result says no finish time counts as finished when it was archived; a record
 *       finished exactly at the cutoff is kept.
 *   <li>Refused with an {@link IllegalArgumentException} naming the field, storing nothing: a null
 *       result, a result without {@code run_id} or with one longer than the {@code .last} schema
 *       allows (128 characters), a result that is not a valid {@code .last} record, a plan that is
 *       not the one the result names; a limit below 1, a null cutoff, a blank checkpoint name, a
 *       null checkpoint value.
 * </ul>
 */
public abstract class ArchiveStoreContract {
  /** Microsecond precision on purpose: a store must keep it. */
  private static final Instant T0 = Instant.parse("2026-11-22T08:15:30.123456Z");

  private static final int RACERS = 16;

  /** Where one archive's records are kept; every {@link #open} gives a store on those records. */
  @FunctionalInterface
  protected interface Storage {
    ArchiveStore open();
  }

  /** A new, empty place for records, released in {@link #afterStoresClosed()}. */
  protected abstract Storage newStorage();

  /** Called after the suite has closed every store a test opened; release what they used. */
  protected void afterStoresClosed() {}

  private final List<ArchiveStore> opened = new ArrayList<>();
  private Storage storage;
  private ArchiveStore store;

  @BeforeEach
  public void openEmptyStore() {
    storage = newStorage();
    store = open(storage);
  }

  @AfterEach
  public void closeStores() {
    try {
      for (ArchiveStore s : opened.reversed()) {
        s.close();
      }
    } finally {
      opened.clear();
      afterStoresClosed();
    }
  }

  /** Opens a store on {@code where}; the suite closes it after the test. */
  protected final ArchiveStore open(Storage where) {
    ArchiveStore opening = where.open();
    opened.add(opening);
    return opening;
  }

  // ---- add and find

  @Test
  public void aRichRecordComesBackAsItWasAdded() {
    String runId = newRunId();
    RunResult result = result(runId, T0.plusSeconds(4));
    Plan plan = plan();
    Embedding embedding = embedding(7);

    ArchiveStore.Added added = store.add(result, plan, embedding);

    assertThat(added.added()).isTrue();
    ArchivedRun run = added.run();
    assertThat(run.runId()).isEqualTo(runId);
    assertThat(run.result()).isEqualTo(result);
    assertThat(run.plan()).isEqualTo(plan);
    assertThat(run.embedding()).isEqualTo(embedding);
    assertThat(run.sequence()).isPositive();
    assertThat(run.archivedAt()).isNotNull();
    assertThat(run.finishedAt()).isEqualTo(result.finishedAt());
    assertThat(run.digest()).isEqualTo(sha256(StoredForm.toJson(result)));
    assertThat(store.find(runId)).contains(run);
  }

  @Test
  public void aBareRecordHasNoPlanNorEmbedding() {
    RunResult result = result(newRunId(), T0);

    ArchivedRun run = store.add(result, null, null).run();

    assertThat(store.find(result.runId())).contains(run);
    assertThat(run.plan()).isNull();
    assertThat(run.embedding()).isNull();
    assertThat(run.result()).isEqualTo(result);
    assertThat(store.find("no-such-run")).isEmpty();
  }

  @Test
  public void addingAnArchivedRunAgainChangesNothing() {
    RunResult first = result(newRunId(), T0);
    ArchivedRun stored = store.add(first, plan(), embedding(1)).run();
    RunResult second = withSummary(first, "İkinci kez gönderildi; değişmemeli.");

    ArchiveStore.Added again = store.add(second, null, embedding(2));

    assertThat(again.added()).isFalse();
    assertThat(again.run()).isEqualTo(stored);
    assertThat(store.find(first.runId())).contains(stored);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.lastSequence()).isEqualTo(stored.sequence());
  }

  @Test
  public void ofConcurrentAddsOfOneRunExactlyOneIsAdded() {
    RunResult result = result(newRunId(), T0);

    List<ArchiveStore.Added> answers =
        race(i -> store.add(withSummary(result, "yarışan " + i), plan(), embedding(i)));

    List<ArchiveStore.Added> winners = answers.stream().filter(ArchiveStore.Added::added).toList();
    assertThat(winners).hasSize(1);
    ArchivedRun winner = winners.getFirst().run();
    assertThat(answers).extracting(ArchiveStore.Added::run).containsOnly(winner);
    assertThat(store.find(result.runId())).contains(winner);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.lastSequence()).isEqualTo(winner.sequence());
  }

  // ---- sequences

  @Test
  public void anEmptyStoreHasNothing() {
    assertThat(store.count()).isZero();
    assertThat(store.lastSequence()).isZero();
    assertThat(store.after(0, 10)).isEmpty();
  }

  @Test
  public void sequencesRiseWithEachAddAndLastSequenceAndCountFollow() {
    var sequences = new ArrayList<Long>();
    for (int i = 0; i < 3; i++) {
      ArchivedRun run = store.add(result(newRunId(), T0.plusSeconds(i)), null, null).run();
      sequences.add(run.sequence());
      assertThat(store.lastSequence()).isEqualTo(run.sequence());
      assertThat(store.count()).isEqualTo(i + 1);
    }

    assertThat(sequences).isSorted().doesNotHaveDuplicates();
    assertThat(sequences.getFirst()).isPositive();
  }

  @Test
  public void afterPagesThroughEveryRecordInSequenceOrder() {
    var added = new ArrayList<ArchivedRun>();
    for (int i = 0; i < 23; i++) {
      added.add(store.add(result(newRunId(), T0.plusSeconds(i)), null, embedding(i)).run());
    }

    var paged = new ArrayList<ArchivedRun>();
    long last = 0;
    List<ArchivedRun> page;
    int pages = 0;
    do {
      page = store.after(last, 5);
      assertThat(page).hasSizeLessThanOrEqualTo(5);
      paged.addAll(page);
      if (!page.isEmpty()) {
        last = page.getLast().sequence();
      }
      pages++;
    } while (!page.isEmpty());

    assertThat(paged).isEqualTo(added);
    assertThat(pages).isEqualTo(6);
    assertThat(store.after(0, 1000)).isEqualTo(added);
    assertThat(store.after(added.get(9).sequence(), 3)).isEqualTo(added.subList(10, 13));
    assertThat(store.after(store.lastSequence(), 10)).isEmpty();
  }

  /**
   * The rule search indexes catch up by: while writers add from several threads, a reader that asks
   * for what comes after the last sequence it saw must end up having seen every record once. A
   * store that let a record commit after one with a higher sequence would make it skip that one.
   */
  @Test
  public void aReaderFollowingConcurrentWritersSeesEveryRecordExactlyOnce() throws Exception {
    int writers = 6;
    int perWriter = 30;
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    var start = new CountDownLatch(1);
    var added = new ArrayList<Future<List<ArchivedRun>>>();
    try {
      for (int w = 0; w < writers; w++) {
        int writer = w;
        added.add(
            threads.submit(
                () -> {
                  start.await();
                  var mine = new ArrayList<ArchivedRun>();
                  for (int i = 0; i < perWriter; i++) {
                    RunResult r = result(newRunId(), T0.plusSeconds(writer * 1000L + i));
                    ArchiveStore.Added a = store.add(r, plan(), embedding(i));
                    assertThat(a.added()).isTrue();
                    mine.add(a.run());
                  }
                  return mine;
                }));
      }
      start.countDown();

      var seen = new ArrayList<ArchivedRun>();
      long last = 0;
      while (true) {
        // decided before reading: a last page read after every writer finished misses nothing
        boolean writersDone = added.stream().allMatch(Future::isDone);
        List<ArchivedRun> page = store.after(last, 7);
        for (ArchivedRun r : page) {
          assertThat(r.sequence()).as("sequence after %d", last).isGreaterThan(last);
          last = r.sequence();
        }
        seen.addAll(page);
        if (page.isEmpty() && writersDone) {
          break;
        }
      }

      var all = new ArrayList<ArchivedRun>();
      for (Future<List<ArchivedRun>> f : added) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(writers * perWriter);
      // by run id first: a failure then lists the records skipped or seen twice, not every field
      assertThat(seen)
          .extracting(ArchivedRun::runId)
          .as("the run ids the reader saw")
          .containsExactlyInAnyOrderElementsOf(all.stream().map(ArchivedRun::runId).toList());
      assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
      assertThat(store.count()).isEqualTo(all.size());
      assertThat(store.lastSequence()).isEqualTo(last);
    } finally {
      threads.shutdownNow();
      assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  // ---- retention

  @Test
  public void purgeDeletesOnlyOlderRecordsOldestFirstInBatches() {
    Instant cutoff = T0.plus(Duration.ofDays(7));
    var byAge = new ArrayList<String>();
    for (int day = 0; day < 10; day++) {
      byAge.add(newRunId());
    }
    // added in another order than they finished in: age is the finish time, not the sequence
    for (int day : List.of(4, 9, 0, 7, 2, 5, 8, 1, 6, 3)) {
      store.add(result(byAge.get(day), T0.plus(Duration.ofDays(day))), null, null);
    }
    long lastSequence = store.lastSequence();

    assertThat(store.purgeFinishedBefore(cutoff, 3)).containsExactlyElementsOf(byAge.subList(0, 3));
    assertThat(store.purgeFinishedBefore(cutoff, 3)).containsExactlyElementsOf(byAge.subList(3, 6));
    assertThat(store.purgeFinishedBefore(cutoff, 3)).containsExactly(byAge.get(6));
    assertThat(store.purgeFinishedBefore(cutoff, 3)).isEmpty();

    byAge.subList(0, 7).forEach(id -> assertThat(store.find(id)).as(id).isEmpty());
    // the one finished exactly at the cutoff stays
    assertThat(store.after(0, 100))
        .extracting(ArchivedRun::runId)
        .containsExactlyInAnyOrderElementsOf(byAge.subList(7, 10));
    assertThat(store.count()).isEqualTo(3);
    assertThat(store.lastSequence()).isEqualTo(lastSequence);
  }

  @Test
  public void aRecordWithoutFinishTimeCountsAsFinishedWhenArchived() {
    RunResult unfinished = withFinishedAt(result(newRunId(), T0), null);
    Instant before = Instant.now();

    ArchivedRun run = store.add(unfinished, null, null).run();

    assertThat(run.archivedAt())
        .isBetween(before.minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
    assertThat(run.finishedAt()).isEqualTo(run.archivedAt());
    assertThat(store.find(run.runId())).contains(run);
    assertThat(store.purgeFinishedBefore(run.archivedAt(), 10)).isEmpty();
    assertThat(store.purgeFinishedBefore(run.archivedAt().plusNanos(1_000), 10))
        .containsExactly(run.runId());
    assertThat(store.count()).isZero();
  }

  @Test
  public void aPurgedRunCanBeArchivedAgainWithAHigherSequence() {
    RunResult result = result(newRunId(), T0);
    ArchivedRun first = store.add(result, null, null).run();
    assertThat(store.purgeFinishedBefore(T0.plusSeconds(1), 10)).containsExactly(result.runId());

    ArchiveStore.Added again = store.add(result, null, null);

    assertThat(again.added()).isTrue();
    assertThat(again.run().sequence()).isGreaterThan(first.sequence());
  }

  // ---- checkpoints

  @Test
  public void checkpointsAndRecordsSurviveReopening() {
    assertThat(store.checkpoint("lucene")).isEmpty();
    store.saveCheckpoint("lucene", "17");
    store.saveCheckpoint("lucene", "42");
    store.saveCheckpoint("reindex:altlas-runs-v2", "{\"after\": 40, \"copied\": 38}");
    ArchivedRun run = store.add(result(newRunId(), T0), plan(), embedding(3)).run();
    assertThat(store.checkpoint("lucene")).contains("42");
    opened.remove(store);
    store.close();

    ArchiveStore reopened = open(storage);

    assertThat(reopened.checkpoint("lucene")).contains("42");
    assertThat(reopened.checkpoint("reindex:altlas-runs-v2"))
        .contains("{\"after\": 40, \"copied\": 38}");
    assertThat(reopened.checkpoint("opensearch")).isEmpty();
    assertThat(reopened.find(run.runId())).contains(run);
    assertThat(reopened.after(0, 10)).containsExactly(run);
    assertThat(reopened.lastSequence()).isEqualTo(run.sequence());
    reopened.saveCheckpoint("lucene", "43");
    assertThat(reopened.checkpoint("lucene")).contains("43");
  }

  @Test
  public void ofConcurrentSavesOfANewCheckpointOneValueStands() {
    String name = "index-" + UUID.randomUUID();

    race(
        i -> {
          store.saveCheckpoint(name, "value " + i);
          return null;
        });

    assertThat(store.checkpoint(name)).hasValueSatisfying(v -> assertThat(v).startsWith("value "));
  }

  // ---- bad input

  @Test
  public void badRecordsAreRefusedNamingTheFieldAndNothingIsLost() {
    RunResult kept = result(newRunId(), T0);
    ArchivedRun stored = store.add(kept, plan(), embedding(5)).run();
    RunResult valid = result(newRunId(), T0);

    assertRefused(() -> store.add(null, plan(), null), "result");
    assertRefused(() -> store.add(withRunId(valid, null), null, null), "run_id");
    assertRefused(() -> store.add(withRunId(valid, " "), null, null), "run_id");
    String absurd = "run-" + "x".repeat(100_000);
    assertThatThrownBy(() -> store.add(withRunId(valid, absurd), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run_id")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(2_000));
    assertRefused(() -> store.add(withSuccessRate(valid, 1.5), null, null), "success_rate");
    assertRefused(() -> store.add(valid, otherPlan(), null), "plan");
    // the record of the run already there is not replaced by a bad one either
    assertRefused(() -> store.add(withSuccessRate(kept, -1), null, null), "success_rate");

    assertThat(store.count()).isEqualTo(1);
    assertThat(store.lastSequence()).isEqualTo(stored.sequence());
    assertThat(store.find(kept.runId())).contains(stored);
    assertThat(store.find(valid.runId())).isEmpty();
    assertThat(store.add(valid, plan(), null).added()).isTrue();
  }

  @Test
  public void badArgumentsAreRefusedNamingThem() {
    assertRefused(() -> store.after(0, 0), "limit");
    assertRefused(() -> store.purgeFinishedBefore(null, 10), "cutoff");
    assertRefused(() -> store.purgeFinishedBefore(T0, 0), "limit");
    assertRefused(() -> store.saveCheckpoint(" ", "1"), "name");
    assertRefused(() -> store.saveCheckpoint("lucene", null), "value");
    assertThat(store.checkpoint("lucene")).isEmpty();
  }

  private static void assertRefused(Runnable call, String naming) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(naming);
  }

  // ---- records

  /** A run id as the engine makes them, unique. */
  protected static String newRunId() {
    return "run-20261122-081530-" + UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * A realistic {@code .last} of {@link #plan()} in Turkish: file lists, per-item outputs, ranked
   * summaries with scores, an e-mail that failed, an artifact and the execution graph, in the form
   * reading JSON gives values (whole numbers as Integer or Long, others as Double).
   */
  protected static RunResult result(String runId, Instant finishedAt) {
    Instant start = finishedAt.minusMillis(4_812);
    var files =
        List.of(
            file("raporlar/İstanbul şubesi - Ekim.pdf", 482_113),
            file("raporlar/ığdır_çiftlik_özeti.txt", 3_412),
            file("raporlar/Şişli ofisi bütçe 2026.xlsx", 3_000_000_123L));
    var list = new LinkedHashMap<String, Object>();
    list.put("files", files);
    list.put("count", 3);
    var read =
        List.of(
            Map.of(
                "path",
                "raporlar/ığdır_çiftlik_özeti.txt",
                "content",
                "Iğdır'daki çiftlikte Ekim ayında üretim %12 arttı. Sulama giderleri düştü.\n"
                    + "Kışa hazırlık için ek depo kiralanacak.",
                "size",
                3_412,
                "media_type",
                "text/plain"));
    var summaries =
        List.of(
            summary(
                "İstanbul şubesinin geliri beklentinin üzerinde; İİBF stajyerleri işe alındı.",
                0.91),
            summary("Iğdır'da üretim %12 arttı, sulama giderleri düştü.", 0.84),
            summary("Şişli bütçesi: kırtasiye kalemi ısrarla aşılıyor.", 0.42));
    var rank = new LinkedHashMap<String, Object>();
    rank.put("items", summaries);
    rank.put("criterion", "önem");
    rank.put(
        "debug",
        Map.of(
            "model_scores", List.of(0.91, 0.84, 0.42),
            "tokens", Map.of("prompt", 1_204, "total", new BigInteger("98765432109876543210")),
            "notes", Arrays.asList("ilk", null, "üçüncü")));
    var tasks =
        List.of(
            task("list", "fs.list", TaskStatus.SUCCEEDED, start, 41, list, null, null),
            task(
                "read",
                "fs.read",
                TaskStatus.SUCCEEDED,
                start.plusMillis(45),
                120,
                read,
                null,
                null),
            task(
                "summarize",
                "ai.summarize",
                TaskStatus.SUCCEEDED,
                start.plusMillis(170),
                2_310,
                summaries,
                null,
                "local/extractive-v1"),
            task(
                "rank",
                "ai.rank",
                TaskStatus.SUCCEEDED,
                start.plusMillis(2_490),
                1_460,
                rank,
                null,
                "local/all-minilm-l6-v2"),
            task(
                "top",
                "data.top",
                TaskStatus.SUCCEEDED,
                start.plusMillis(3_960),
                3,
                Map.of("items", summaries.subList(0, 2), "count", 2),
                null,
                null),
            task(
                "email",
                "notify.email",
                TaskStatus.FAILED,
                start.plusMillis(3_970),
                842,
                null,
                new TaskError("notify.smtp_refused", "550 ayşe@örnek.com.tr posta kutusu yok"),
                null));
    var nodes = new ArrayList<GraphNode>();
    var edges = new ArrayList<GraphEdge>();
    String previous = null;
    for (TaskResult t : tasks) {
      nodes.add(new GraphNode(t.id(), t.type(), t.status(), t.startedAt(), t.finishedAt()));
      if (previous != null) {
        edges.add(new GraphEdge(previous, t.id()));
      }
      previous = t.id();
    }
    var artifact =
        new Artifact(
            "özet-sıralaması.json",
            "rank",
            "data",
            "application/json",
            1_786,
            "4d874e99fa913f3416e53baa8ab8e7606db6cc341176ea019dbc51bc165121f0",
            "file:///var/lib/altlas/artifacts/" + runId + "/rank/%C3%B6zet.json");
    return new RunResult(
        RunResult.FORMAT_VERSION,
        runId,
        plan().header(),
        RunStatus.PARTIALLY_SUCCEEDED,
        5.0 / 6,
        start,
        finishedAt,
        4_812L,
        tasks,
        List.of(artifact),
        new ExecutionGraph(nodes, edges),
        new TokenUsage(2_431, 388),
        "3 dosya listelendi ve özetlendi; en önemli ikisi seçildi. E-posta gönderilemedi (550).");
  }

  /** The plan {@link #result} ran: valid against the built-in catalog. */
  protected static Plan plan() {
    return new Plan(
        Plan.FORMAT_VERSION,
        "plan-20261122-0815-rapor-ozeti",
        T0.minusSeconds(2),
        "raporlar klasöründeki dosyaları özetle, en önemli ikisini ayşe@örnek.com.tr adresine gönder",
        "tr",
        Mode.NORMAL,
        Persona.RESEARCHER,
        null,
        42L,
        Priority.HIGH,
        List.of("raporlar", "özet", "e-posta"),
        Map.of(),
        new TaskDefaults(
            Duration.ofMinutes(5),
            new RetryPolicy(3, Backoff.EXPONENTIAL, Duration.ofSeconds(1), Duration.ofMinutes(1))),
        new PlannerInfo(
            "rules",
            List.of(
                "'en önemli' ölçülebilir bir alan değil; özetler 'önem' ölçütüne göre sıralandı."),
            Map.of("rules_version", 1)),
        List.of(
            planTask(
                "list", "fs.list", "Raporları listele", Map.of("path", "./raporlar"), null, null),
            planTask(
                "read",
                "fs.read",
                "Her dosyayı oku",
                Map.of("path", "${item.path}"),
                "list",
                "${tasks.list.output.files}"),
            planTask(
                "summarize",
                "ai.summarize",
                "Her dosyayı özetle",
                Map.of("text", "${item.content}", "max_sentences", 2, "language", "tr"),
                "read",
                "${tasks.read.output}"),
            planTask(
                "rank",
                "ai.rank",
                "Özetleri öneme göre sırala",
                Map.of("items", "${tasks.summarize.output}", "query", "önem", "field", "summary"),
                "summarize",
                null),
            planTask(
                "top",
                "data.top",
                "En önemli ikisini seç",
                Map.of("items", "${tasks.rank.output.items}", "count", 2),
                "rank",
                null),
            planTask(
                "email",
                "notify.email",
                "Ayşe'ye gönder",
                Map.of(
                    "to", List.of("ayşe@örnek.com.tr"),
                    "subject", "En önemli iki rapor",
                    "body", "${tasks.top.output.items}"),
                "top",
                null)));
  }

  /** A 384-value embedding, the same for the same seed, with values of every sign and size. */
  protected static Embedding embedding(long seed) {
    Random random = new Random(seed);
    float[] values = new float[384];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian() * 0.05f;
    }
    values[0] = -0.0f;
    values[1] = Float.MIN_VALUE;
    values[2] = -123.456f;
    return new Embedding(values);
  }

  private static Plan otherPlan() {
    Plan p = plan();
    return new Plan(
        p.formatVersion(),
        "plan-someone-elses",
        p.createdAt(),
        p.command(),
        p.language(),
        p.mode(),
        p.persona(),
        p.chaosLevel(),
        p.seed(),
        p.priority(),
        p.tags(),
        p.inputs(),
        p.defaults(),
        p.planner(),
        p.tasks());
  }

  private static PlanTask planTask(
      String id,
      String type,
      String title,
      Map<String, Object> params,
      String dependsOn,
      String forEach) {
    return new PlanTask(
        id,
        type,
        title,
        params,
        dependsOn == null ? List.of() : List.of(dependsOn),
        forEach,
        forEach == null ? null : 4,
        null,
        null,
        null,
        null,
        new TaskMetadata(0.9, "Komutta '" + title + "' isteniyor.", title, null));
  }

  private static Map<String, Object> file(String path, long size) {
    var file = new LinkedHashMap<String, Object>();
    file.put("path", path);
    file.put("name", path.substring(path.lastIndexOf('/') + 1));
    file.put("size", size <= Integer.MAX_VALUE ? (Object) (int) size : (Object) size);
    file.put("modified", "2026-11-20T17:58:09Z");
    file.put("media_type", path.endsWith(".txt") ? "text/plain" : "application/octet-stream");
    return file;
  }

  private static Map<String, Object> summary(String text, double score) {
    var summary = new LinkedHashMap<String, Object>();
    summary.put("summary", text);
    summary.put("score", score);
    return summary;
  }

  private static TaskResult task(
      String id,
      String type,
      TaskStatus status,
      Instant start,
      long millis,
      Object output,
      TaskError error,
      String model) {
    return new TaskResult(
        id,
        type,
        status,
        status == TaskStatus.FAILED ? 2 : 1,
        start,
        start.plusMillis(millis),
        millis,
        output,
        error,
        model,
        model == null ? null : new TokenUsage(1_200, 194));
  }

  private static RunResult withSummary(RunResult r, String summary) {
    return new RunResult(
        r.formatVersion(),
        r.runId(),
        r.plan(),
        r.status(),
        r.successRate(),
        r.startedAt(),
        r.finishedAt(),
        r.durationMs(),
        r.tasks(),
        r.artifacts(),
        r.graph(),
        r.usage(),
        summary);
  }

  private static RunResult withRunId(RunResult r, String runId) {
    return new RunResult(
        r.formatVersion(),
        runId,
        r.plan(),
        r.status(),
        r.successRate(),
        r.startedAt(),
        r.finishedAt(),
        r.durationMs(),
        r.tasks(),
        r.artifacts(),
        r.graph(),
        r.usage(),
        r.summary());
  }

  private static RunResult withSuccessRate(RunResult r, double successRate) {
    return new RunResult(
        r.formatVersion(),
        r.runId(),
        r.plan(),
        r.status(),
        successRate,
        r.startedAt(),
        r.finishedAt(),
        r.durationMs(),
        r.tasks(),
        r.artifacts(),
        r.graph(),
        r.usage(),
        r.summary());
  }

  private static RunResult withFinishedAt(RunResult r, Instant finishedAt) {
    return new RunResult(
        r.formatVersion(),
        r.runId(),
        r.plan(),
        r.status(),
        r.successRate(),
        r.startedAt(),
        finishedAt,
        finishedAt == null ? null : r.durationMs(),
        r.tasks(),
        r.artifacts(),
        r.graph(),
        r.usage(),
        r.summary());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@value #RACERS} calls at once, on platform threads (a driver that blocks inside {@code
   * synchronized} would pin virtual ones); the answers by caller index.
   */
  private static <T> List<T> race(IntFunction<T> call) {
    var start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(RACERS);
    try {
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
    } finally {
      threads.shutdownNow();
    }
  }
}
