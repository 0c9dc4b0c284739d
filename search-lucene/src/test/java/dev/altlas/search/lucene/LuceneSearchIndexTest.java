package dev.altlas.search.lucene;

import static dev.altlas.testkit.ArchiveFixtures.ABOUT_FILES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.SortOrder;
import dev.altlas.archive.Synonyms;
import dev.altlas.testkit.ArchiveFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded index promises beyond the contract: durability, concurrency, its limits. */
class LuceneSearchIndexTest {
  private static final List<ArchivedRun> RUNS = ArchiveFixtures.archive();

  @TempDir Path dir;

  @Test
  void aSecondOpenOfTheSameDirectorySearchesWhatTheWriterCommitsAndRefusesToWrite() {
    try (var writer = LuceneSearchIndex.open(dir, Synonyms.builtin());
        var reader = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      assertThat(writer.writable()).isTrue();
      assertThat(reader.writable()).isFalse();

      writer.index(RUNS);
      writer.refresh();
      reader.refresh();
      assertThat(reader.count()).isEqualTo(RUNS.size());
      assertThat(ids(reader.search(SearchQuery.text("kitaplar").build())))
          .containsExactly("tr-books");

      assertThatThrownBy(() -> reader.index(RUNS))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("being written by another altlas process")
          .hasMessageContaining(dir.toString());
      assertThatThrownBy(() -> reader.delete(List.of("tr-books")))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aReopenedIndexHasEverythingTheClosedOneHad() {
    SearchResult before;
    List<IndexEntry> entriesBefore = new ArrayList<>();
    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      index.index(RUNS);
      index.refresh();
      index.delete(List.of("en-csv"));
      index.refresh();
      before = index.search(everything());
      index.scan(entriesBefore::add);
    }

    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      assertThat(index.count()).isEqualTo(RUNS.size() - 1);
      SearchResult after = index.search(everything());
      assertThat(after.hits()).isEqualTo(before.hits());
      assertThat(after.facets()).isEqualTo(before.facets());
      assertThat(ids(index.search(SearchQuery.text("kitaplar").build())))
          .containsExactly("tr-books");
      assertThat(
              ids(
                  index.search(
                      SearchQuery.text("").semantic(SearchMode.SEMANTIC, ABOUT_FILES).build())))
          .startsWith("en-files", "tr-files");
      List<IndexEntry> entriesAfter = new ArrayList<>();
      index.scan(entriesAfter::add);
      assertThat(entriesAfter).containsExactlyInAnyOrderElementsOf(entriesBefore);
    }
  }

  @Test
  void writesAfterTheLastRefreshAreKeptByClose() {
    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      index.index(RUNS.subList(0, 2));
      index.refresh();
      index.index(RUNS.subList(2, 4));
      index.delete(List.of(RUNS.get(0).runId()));
    }

    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      assertThat(index.count()).isEqualTo(3);
    }
  }

  @Test
  void whatASearchHasSeenSurvivesACrash() throws IOException {
    Path copy = Files.createDirectory(dir.resolve("after-crash"));
    try (var index = LuceneSearchIndex.open(dir.resolve("live"), Synonyms.builtin())) {
      index.index(RUNS.subList(0, 5));
      index.refresh();
      index.index(RUNS.subList(5, RUNS.size()));
      assertThat(index.count()).isEqualTo(5);
      // the files as a killed process would leave them: the writer is still open
      try (Stream<Path> files = Files.list(dir.resolve("live"))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }

    try (var index = LuceneSearchIndex.open(copy, Synonyms.builtin())) {
      assertThat(index.count()).isGreaterThanOrEqualTo(5);
      List<String> found = new ArrayList<>();
      index.scan(entry -> found.add(entry.runId()));
      assertThat(found).containsAll(RUNS.subList(0, 5).stream().map(ArchivedRun::runId).toList());
    }
  }

  @Test
  void writesAreInvisibleUntilRefresh() {
    try (var index = LuceneSearchIndex.inMemory(Synonyms.builtin())) {
      index.index(RUNS);
      index.delete(List.of("tr-books"));

      assertThat(index.count()).isZero();
      assertThat(index.search(SearchQuery.text("").build()).total()).isZero();

      index.refresh();
      assertThat(index.count()).isEqualTo(RUNS.size() - 1);
    }
  }

  @Test
  void concurrentWritersAndSearchersSeeAGrowingIndex() throws Exception {
    int writers = 4;
    int runsEach = 60;
    long total = writers * (long) runsEach;
    AtomicBoolean writing = new AtomicBoolean(true);
    try (var index = LuceneSearchIndex.inMemory(Synonyms.builtin());
        var threads = Executors.newFixedThreadPool(writers + 4)) {
      List<Future<?>> writes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        writes.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < runsEach; i += 5) {
                    int from = i;
                    index.index(
                        IntStream.range(from, from + 5)
                            .mapToObj(n -> ledgerRun("w" + writer + "-" + n, n))
                            .toList());
                    // the same runs again: replacing must not duplicate under concurrency
                    index.index(List.of(ledgerRun("w" + writer + "-" + from, from)));
                    index.refresh();
                  }
                }));
      }
      List<Future<List<Long>>> searches = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        searches.add(
            threads.submit(
                () -> {
                  List<Long> totals = new ArrayList<>();
                  while (writing.get()) {
                    SearchResult result =
                        index.search(
                            SearchQuery.text("ledger")
                                .sort(SortOrder.NEWEST)
                                .size(3)
                                .facets(HistogramInterval.DAY)
                                .highlight()
                                .build());
                    totals.add(result.total());
                  }
                  return totals;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
      writing.set(false);
      for (Future<List<Long>> search : searches) {
        assertThat(search.get()).isSorted().allSatisfy(t -> assertThat(t).isBetween(0L, total));
      }
      assertThat(index.count()).isEqualTo(total);
      assertThat(index.search(SearchQuery.text("ledger").size(1).build()).total()).isEqualTo(total);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  @Test
  void embeddingsWiderThanLucenesDefaultLimitAreSearchable() {
    int dimensions = 1536;
    float[] near = new float[dimensions];
    float[] far = new float[dimensions];
    near[0] = 1;
    far[1] = 1;
    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      index.index(
          List.of(
              ArchiveFixtures.run("near").command("a").embedding(near).build(1),
              ArchiveFixtures.run("far").command("b").embedding(far).build(2)));
      index.refresh();
    }

    try (var index = LuceneSearchIndex.open(dir, Synonyms.builtin())) {
      SearchResult result =
          index.search(
              SearchQuery.text("").semantic(SearchMode.SEMANTIC, new Embedding(near)).build());
      assertThat(ids(result)).containsExactly("near", "far");
      assertThat(result.hits().get(0).score()).isEqualTo(1.0);
      assertThat(result.hits().get(1).score()).isEqualTo(0.5);
    }
  }

  @Test
  void onlyVectorsOfTheQuerysLengthThatPointSomewhereAreCompared() {
    try (var index = LuceneSearchIndex.inMemory(Synonyms.builtin())) {
      index.index(
          List.of(
              ArchiveFixtures.run("four").command("a").embedding(1, 0, 0, 0).build(1),
              ArchiveFixtures.run("three").command("b").embedding(1, 0, 0).build(2),
              ArchiveFixtures.run("zero").command("c").embedding(0, 0, 0, 0).build(3),
              ArchiveFixtures.run("nan").command("d").embedding(Float.NaN, 1, 0, 0).build(4),
              ArchiveFixtures.run("none").command("e").build(5)));
      index.refresh();

      assertThat(index.count()).isEqualTo(5);
      assertThat(
              ids(
                  index.search(
                      SearchQuery.text("").semantic(SearchMode.SEMANTIC, ABOUT_FILES).build())))
          .containsExactly("four");
      assertThat(
              ids(
                  index.search(
                      SearchQuery.text("")
                          .semantic(SearchMode.SEMANTIC, ArchiveFixtures.vector(0, 1, 0))
                          .build())))
          .containsExactly("three");
      assertThatThrownBy(
              () ->
                  index.search(
                      SearchQuery.text("")
                          .semantic(SearchMode.SEMANTIC, ArchiveFixtures.vector(Float.NaN, 1))
                          .build()))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("finite");
    }
  }

  @Test
  void finishTimesCenturiesApartAreBucketedLikeNearOnes() {
    // more hours and days apart than a segment counts in an array
    try (var index = LuceneSearchIndex.inMemory(Synonyms.builtin())) {
      index.index(
          List.of(
              ArchiveFixtures.run("old").finished("1900-01-01T10:30:00Z", 0).build(1),
              ArchiveFixtures.run("early").finished("2026-03-02T05:15:00Z", 0).build(2),
              ArchiveFixtures.run("late").finished("2026-03-02T05:45:00Z", 0).build(3),
              ArchiveFixtures.run("future").finished("2100-06-30T23:59:59Z", 0).build(4)));
      index.refresh();

      assertThat(histogram(index, HistogramInterval.HOUR))
          .containsExactly(
              bucket("1900-01-01T10:00:00Z", 1),
              bucket("2026-03-02T05:00:00Z", 2),
              bucket("2100-06-30T23:00:00Z", 1));
      assertThat(histogram(index, HistogramInterval.MONTH))
          .containsExactly(
              bucket("1900-01-01T00:00:00Z", 1),
              bucket("2026-03-01T00:00:00Z", 2),
              bucket("2100-06-01T00:00:00Z", 1));
    }
  }

  @Test
  void anInstallationsOwnSynonymsApply() {
    Synonyms own = new Synonyms(List.of("ledger, defter", "invoice => fatura"));
    try (var index = LuceneSearchIndex.inMemory(own)) {
      index.index(
          List.of(
              ArchiveFixtures.run("ledger").command("Close the ledger").build(1),
              ArchiveFixtures.run("fatura").command("Fatura gönder").build(2),
              ArchiveFixtures.run("invoice").command("Send the invoice").build(3)));
      index.refresh();

      assertThat(ids(index.search(SearchQuery.text("defter").build()))).containsExactly("ledger");
      assertThat(ids(index.search(SearchQuery.text("invoice").build()))).containsExactly("fatura");
      assertThat(ids(index.search(SearchQuery.text("summary").build()))).isEmpty();
    }
  }

  @Test
  void badSynonymRulesAreRefusedWhenOpening() {
    assertThatThrownBy(() -> LuceneSearchIndex.inMemory(new Synonyms(List.of("a => "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("synonym");
  }

  @Test
  void aClosedIndexRefusesUse() {
    var index = LuceneSearchIndex.inMemory(Synonyms.builtin());
    index.close();
    index.close();

    assertThatThrownBy(() -> index.search(SearchQuery.text("").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> index.index(RUNS)).isInstanceOf(IllegalStateException.class);
  }

  private static SearchQuery everything() {
    return SearchQuery.text("").size(100).facets(HistogramInterval.DAY).build();
  }

  private static ArchivedRun ledgerRun(String runId, int n) {
    return ArchiveFixtures.run(runId)
        .command("Reconcile the ledger, part " + n)
        .finished(ArchiveFixtures.FIRST_DAY.plusSeconds(n).toString(), n)
        .build(n + 1);
  }

  private static List<DateBucket> histogram(LuceneSearchIndex index, HistogramInterval interval) {
    return index.search(SearchQuery.text("").size(1).facets(interval).build()).facets().histogram();
  }

  private static DateBucket bucket(String start, long count) {
    return new DateBucket(Instant.parse(start), count);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::runId).toList();
  }
}
