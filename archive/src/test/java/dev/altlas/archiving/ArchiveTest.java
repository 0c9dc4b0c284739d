package dev.altlas.archiving;

import static dev.altlas.archiving.TestRuns.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.ai.Capability;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SortOrder;
import dev.altlas.archive.Synonyms;
import dev.altlas.model.RunResult;
import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive on the real JDBC store (H2) and the real Lucene index. */
class ArchiveTest {
  private static final ModelPort LOCAL = new LocalModels();

  /** Catch-up only when woken or retrying, so the tests see what each path does. */
  private static final ArchiveSettings SETTINGS =
      ArchiveSettings.defaults("lucene")
          .withTiming(Duration.ofHours(1), Duration.ofMillis(50), Duration.ofMillis(200));

  @TempDir Path home;
  private JdbcArchiveStore store;
  private LuceneSearchIndex lucene;
  private FlakySearchIndex index;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void open() {
    store = JdbcArchiveStore.open(JdbcSettings.embedded(home));
    lucene = LuceneSearchIndex.open(home.resolve("search"), Synonyms.builtin());
    index = new FlakySearchIndex(lucene);
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    index.close();
    store.close();
  }

  private Archive archive(ModelPort model) {
    return archive(model, SETTINGS);
  }

  private Archive archive(ModelPort model, ArchiveSettings settings) {
    Archive archive = Archive.open(store, index, model, settings);
    open.add(archive);
    return archive;
  }

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static void awaitSearchable(Archive archive, ArchiveStore.Added added)
      throws InterruptedException {
    assertThat(archive.awaitSearchable(added.run(), WAIT)).as("searchable in time").isTrue();
  }

  private static RunResult run(int i, String command) {
    return TestRuns.succeeded(
        "run-" + i, TestRuns.plan("plan-" + i, command), T0.plusSeconds(60L * i));
  }

  private Set<String> everythingFound() {
    return index
        .search(SearchQuery.text("").sort(SortOrder.OLDEST).size(SearchQuery.MAX_SIZE).build())
        .hits()
        .stream()
        .map(SearchHit::runId)
        .collect(Collectors.toSet());
  }

  private static Set<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "run-" + i).collect(Collectors.toSet());
  }

  @Test
  void anAddedRunIsCommittedThenIndexedAndMovesTheCheckpoint() throws Exception {
    Archive archive = archive(null);

    var first = archive.add(run(1, "List the invoices in ./finance"), null);
    var second = archive.add(run(2, "Summarize the meeting notes"), null);

    assertThat(first.added()).isTrue();
    assertThat(store.find("run-1")).isPresent();
    awaitSearchable(archive, second);
    assertThat(archive.search(SearchQuery.text("invoices").build()).hits())
        .extracting(SearchHit::runId)
        .containsExactly("run-1");
    assertThat(archive.indexedThrough()).isEqualTo(store.lastSequence()).isEqualTo(2);
    assertThat(store.checkpoint("index:lucene")).contains("2");
  }

  @Test
  void addingARunAgainChangesNothing() throws Exception {
    Archive archive = archive(null);
    RunResult result = run(1, "List the invoices");

    var first = archive.add(result, TestRuns.plan("plan-1", "List the invoices"));
    var again = archive.add(result, TestRuns.plan("plan-1", "List the invoices"));

    assertThat(again.added()).isFalse();
    assertThat(again.run().sequence()).isEqualTo(first.run().sequence());
    awaitSearchable(archive, again);
    assertThat(again.run().plan().id()).isEqualTo("plan-1");
    assertThat(store.count()).isEqualTo(1);
    assertThat(lucene.count()).isEqualTo(1);
  }

  @Test
  void threadsAddingTheSameRunAtOnceArchiveItOnceAndNoneFails() throws Exception {
    Archive archive = archive(null);
    int threads = 8;
    for (int round = 0; round < 10; round++) {
      RunResult result = run(round, "List the invoices " + round);
      var barrier = new CyclicBarrier(threads);
      List<Future<ArchiveStore.Added>> adds = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        for (int t = 0; t < threads; t++) {
          adds.add(
              pool.submit(
                  () -> {
                    barrier.await();
                    return archive.add(result, null);
                  }));
        }
      }
      List<ArchiveStore.Added> added = new ArrayList<>();
      for (Future<ArchiveStore.Added> add : adds) {
        added.add(add.get());
      }

      assertThat(added).filteredOn(ArchiveStore.Added::added).hasSize(1);
      assertThat(added.stream().map(a -> a.run().sequence()).distinct()).hasSize(1);
    }
    assertThat(store.count()).isEqualTo(10);
  }

  @Test
  void runsAddedWhileTheIndexIsDownAreSearchableAfterCatchUpWithNoneMissing() throws Exception {
    // No retries on its own within the test: the explicit catch-up below does the work.
    Archive archive =
        archive(
            null,
            SETTINGS.withTiming(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)));
    for (int i = 0; i < 5; i++) {
      awaitSearchable(archive, archive.add(run(i, "List the docs " + i), null));
    }

    index.down(true);
    ArchiveStore.Added last = null;
    for (int i = 5; i < 25; i++) {
      last = archive.add(run(i, "List the docs " + i), null);
      assertThat(last.added()).isTrue();
    }
    assertThat(archive.awaitSearchable(last.run(), Duration.ofMillis(300))).isFalse();
    assertThat(store.count()).isEqualTo(25);
    assertThat(archive.indexedThrough()).isEqualTo(5);
    assertThatThrownBy(archive::catchUp).hasMessageContaining("unreachable");

    index.down(false);
    int indexed = archive.catchUp();

    assertThat(indexed).isEqualTo(20);
    assertThat(everythingFound()).isEqualTo(ids(0, 25));
    assertThat(archive.indexedThrough()).isEqualTo(store.lastSequence());
    assertThat(store.checkpoint("index:lucene")).contains("25");
  }

  @Test
  void catchUpRetriesWithBackoffAndFinishesOnItsOwnWhenTheIndexComesBack() throws Exception {
    Archive archive = archive(null);
    index.down(true);
    for (int i = 0; i < 10; i++) {
      archive.add(run(i, "Fetch the weather report " + i), null);
    }
    Thread.sleep(1000);
    int attempts = index.failedCalls.get();
    // Retried (backoff 50, 100, 200, 200 … ms), but not in a busy loop.
    assertThat(attempts).isBetween(3, 40);

    index.down(false);
    Eventually.await(
        "the loop caught up",
        Duration.ofSeconds(10),
        () -> archive.indexedThrough() == store.lastSequence());

    assertThat(everythingFound()).isEqualTo(ids(0, 10));
  }

  @Test
  void aCrashBetweenCommitAndIndexIsCaughtUpWhenTheArchiveStartsAgain() throws Exception {
    try (Archive before = Archive.open(store, index, null, SETTINGS)) {
      before.add(run(0, "List the docs"), null);
      awaitSearchable(before, before.add(run(1, "List the photos"), null));
    }
    // What a crash right after the commit leaves: records in the store the index never saw.
    for (int i = 2; i < 7; i++) {
      RunResult r = run(i, "Read the report " + i);
      store.add(r, TestRuns.plan("plan-" + i, r.plan().command()), null);
    }
    assertThat(everythingFound()).isEqualTo(ids(0, 2));

    Archive after = archive(null);

    Eventually.await(
        "the first catch-up ran",
        Duration.ofSeconds(10),
        () -> after.indexedThrough() == store.lastSequence());
    assertThat(everythingFound()).isEqualTo(ids(0, 7));
  }

  @Test
  void severalThreadsAddAtOnceAndEveryRecordIsIndexedOnce() throws Exception {
    Archive archive = archive(null);
    int threads = 8;
    int perThread = 15;
    var barrier = new CyclicBarrier(threads);
    List<ArchiveStore.Added> results = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * perThread;
        done.add(
            pool.submit(
                () -> {
                  barrier.await();
                  for (int i = first; i < first + perThread; i++) {
                    results.add(archive.add(run(i, "Sort the invoices " + i), null));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }

    assertThat(results).hasSize(threads * perThread).allMatch(ArchiveStore.Added::added);
    assertThat(results.stream().map(r -> r.run().sequence()).collect(Collectors.toSet()))
        .hasSize(threads * perThread);
    var newest =
        results.stream().max(Comparator.comparingLong(r -> r.run().sequence())).orElseThrow();
    awaitSearchable(archive, newest);
    assertThat(archive.indexedThrough()).isEqualTo(store.lastSequence());
    // One writer to the index, in batches: every record indexed exactly once.
    assertThat(index.indexed.get()).isEqualTo(threads * perThread);
    assertThat(everythingFound()).isEqualTo(ids(0, threads * perThread));
  }

  @Test
  void anIndexThatWasReplacedByAnEmptyOneIsRebuiltFromTheArchive() throws Exception {
    try (Archive before = Archive.open(store, index, null, SETTINGS)) {
      for (int i = 0; i < 4; i++) {
        awaitSearchable(before, before.add(run(i, "List the docs " + i), null));
      }
    }
    index.close();
    lucene = LuceneSearchIndex.open(home.resolve("new-search"), Synonyms.builtin());
    index = new FlakySearchIndex(lucene);

    Archive after = archive(null);

    Eventually.await("rebuilt", Duration.ofSeconds(10), () -> lucene.count() == 4);
    assertThat(everythingFound()).isEqualTo(ids(0, 4));
    assertThat(after.indexedThrough()).isEqualTo(4);
  }

  @Test
  void searchByMeaningEmbedsCommandsAndTheQueryWithTheModel() throws Exception {
    Archive archive = archive(LOCAL);
    archive.add(run(1, "Summarize the text files in ./docs"), null);
    archive.add(run(2, "Download the weather forecast from the web"), null);
    awaitSearchable(
        archive, archive.add(run(3, "Sort the invoices by amount and keep the largest ten"), null));

    assertThat(store.find("run-1").orElseThrow().embedding().dimensions()).isEqualTo(384);
    var hits =
        archive
            .search(
                archive
                    .query("condense the documents into a short summary", SearchMode.SEMANTIC)
                    .build())
            .hits();

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().runId()).isEqualTo("run-1");
  }

  @Test
  void withoutAModelRunsAreArchivedWithoutEmbeddingAndSearchByMeaningIsRefused() throws Exception {
    Archive archive = archive(null);

    var archived = archive.add(run(1, "Summarize the text files"), null);

    assertThat(archived.run().embedding()).isNull();
    awaitSearchable(archive, archived);
    assertThatThrownBy(() -> archive.query("a summary", SearchMode.HYBRID))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code())
        .isEqualTo("ai.unsupported");
    assertThat(archive.search(archive.query("summarize", SearchMode.TEXT).build()).total())
        .isEqualTo(1);
  }

  @Test
  void aFailingModelDoesNotKeepARunOutOfTheArchive() throws Exception {
    Archive archive = archive(new BrokenModel(new ModelException("ai.unavailable", "down", true)));

    var archived = archive.add(run(1, "Summarize the text files"), null);

    assertThat(archived.added()).isTrue();
    assertThat(archived.run().embedding()).isNull();
    awaitSearchable(archive, archived);
    assertThat(archive.search(SearchQuery.text("summarize").build()).total()).isEqualTo(1);
  }

  @Test
  void interruptedWhileEmbeddingArchivesNothingSoARetryKeepsTheEmbedding() {
    Archive archive = archive(new BrokenModel(null));

    assertThatThrownBy(() -> archive.add(run(1, "Summarize the text files"), null))
        .isInstanceOf(InterruptedException.class);
    assertThat(store.count()).isZero();
  }

  @Test
  void anUploadedResultIsArchivedWithoutAPlan() throws Exception {
    Archive archive = archive(null);

    var archived = archive.add(run(1, "Translate the contract into Turkish"), null);

    assertThat(archived.run().plan()).isNull();
    awaitSearchable(archive, archived);
    assertThat(archive.search(SearchQuery.text("contract").build()).hits())
        .extracting(SearchHit::runId)
        .containsExactly("run-1");
  }

  @Test
  void closingStopsCatchUp() throws Exception {
    Archive archive = archive(null);
    index.down(true);
    archive.add(run(1, "List the docs"), null);
    archive.close();
    int attempts = index.failedCalls.get();

    Thread.sleep(400);

    assertThat(index.failedCalls.get()).isEqualTo(attempts);
    assertThat(archive.indexedThrough()).isZero();
  }

  /** A model that can embed but fails: with {@code failure}, or interrupted when null. */
  private record BrokenModel(ModelException failure) implements ModelPort {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of(Capability.EMBED);
    }

    @Override
    public ModelReply<List<float[]>> embed(List<String> texts)
        throws ModelException, InterruptedException {
      if (failure == null) {
        throw new InterruptedException("test");
      }
      throw failure;
    }
  }
}
