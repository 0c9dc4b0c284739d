package dev.altlas.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.SliceDigests;
import dev.altlas.archive.Synonyms;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.testkit.ArchiveFixtures;
import dev.altlas.testkit.OpenSearchTestNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {

  @TempDir Path home;

  @Test
  void copiesTheRelationalArchiveVerifiesAndSwitchesWhileSearchesKeepAnswering() throws Exception {
    int runs = 100_000;
    try (ArchiveStore store = JdbcArchiveStore.open(JdbcSettings.embedded(home));
        OpenSearchIndex index = OpenSearchIndex.open(TestIndexes.settings(), synonyms())) {
      long filling = System.nanoTime();
      GeneratedRuns.addTo(store, 0, runs);
      System.out.printf(
          "archive store filled with %d runs in %d ms%n",
          runs, (System.nanoTime() - filling) / 1_000_000);
      // the old generation holds a part, as an index that fell behind would
      index.index(store.after(0, 1000));
      index.refresh();
      String old = index.liveIndex();

      AtomicBoolean reindexing = new AtomicBoolean(true);
      AtomicLong searches = new AtomicLong();
      List<Throwable> errors = new CopyOnWriteArrayList<>();
      Thread searcher =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (reindexing.get()) {
                      try {
                        SearchResult result =
                            index.search(SearchQuery.text("report").size(5).build());
                        assertThat(result.total()).isPositive();
                        searches.incrementAndGet();
                        Thread.sleep(5);
                      } catch (Throwable e) {
                        errors.add(e);
                      }
                    }
                  });
      List<ReindexProgress> reports = new CopyOnWriteArrayList<>();
      ReindexResult result;
      try (Reindexer reindexer =
          Reindexer.open(
              index.settings(), synonyms(), ReindexOptions.defaults().reporting(reports::add))) {
        result = reindexer.fromStore(store);
      } finally {
        reindexing.set(false);
        searcher.join();
      }

      System.out.printf(
          "reindexed %d runs in %d ms (%.0f runs/s incl. verification); %d searches meanwhile%n",
          result.copied(),
          result.took().toMillis(),
          result.copied() / (result.took().toMillis() / 1000.0),
          searches.get());
      assertThat(errors).isEmpty();
      assertThat(searches.get()).isPositive();
      assertThat(result.differences()).isEmpty();
      assertThat(result.switched()).isTrue();
      assertThat(result.previous()).isEqualTo(old);
      assertThat(result.copied()).isEqualTo(runs);
      assertThat(result.resumedFrom()).isZero();
      assertThat(index.liveIndex()).isEqualTo(result.target()).isNotEqualTo(old);
      assertThat(index.count()).isEqualTo(runs);
      assertThat(SliceDigests.of(entries(index).stream()).differences(storeDigests(store)))
          .isEmpty();

      assertThat(reports).extracting(ReindexProgress::target).containsOnly(result.target());
      List<ReindexProgress> copying =
          reports.stream().filter(p -> p.phase() == ReindexPhase.COPY).toList();
      assertThat(copying).hasSize(runs / ReindexOptions.DEFAULT_BATCH_SIZE);
      assertThat(copying).extracting(ReindexProgress::copied).isSorted();
      assertThat(copying.getFirst().eta()).isPositive();
      assertThat(copying.getLast())
          .satisfies(
              p -> {
                assertThat(p.copied()).isEqualTo(runs);
                assertThat(p.total()).isEqualTo(runs);
                assertThat(p.docsPerSecond()).isPositive();
                assertThat(p.eta()).isZero();
              });
      assertThat(reports)
          .extracting(ReindexProgress::phase)
          .contains(ReindexPhase.VERIFY, ReindexPhase.SWITCHED);
    }
  }

  @Test
  void aStoppedReindexResumesFromItsCheckpoint() {
    try (ArchiveStore store = JdbcArchiveStore.open(JdbcSettings.embedded(home))) {
      GeneratedRuns.addTo(store, 0, 5000);
      OpenSearchSettings settings = TestIndexes.settings();
      ReindexOptions options = ReindexOptions.defaults().batches(500);

      AtomicReference<String> target = new AtomicReference<>();
      try (Reindexer killed =
          Reindexer.open(
              settings,
              synonyms(),
              options.reporting(
                  p -> {
                    target.set(p.target());
                    if (p.copied() >= 2000) {
                      throw new IllegalStateException("killed");
                    }
                  }))) {
        assertThatThrownBy(() -> killed.fromStore(store)).hasMessage("killed");
      }
      assertThat(store.checkpoint("search-reindex:" + settings.indexPrefix()))
          .hasValueSatisfying(c -> assertThat(c).contains("\"copied\":2000", target.get()));

      List<ReindexProgress> reports = new ArrayList<>();
      ReindexResult result;
      try (Reindexer again =
          Reindexer.open(settings, synonyms(), options.reporting(reports::add))) {
        result = again.fromStore(store);
      }
      assertThat(result.target()).isEqualTo(target.get());
      assertThat(result.resumedFrom()).isEqualTo(2000);
      assertThat(result.copied()).isEqualTo(5000);
      assertThat(result.switched()).isTrue();
      // the resumed run read only what the first had not copied
      assertThat(reports.getFirst().copied()).isEqualTo(2500);
      assertThat(reports.stream().filter(p -> p.phase() == ReindexPhase.COPY)).hasSize(6);
      try (OpenSearchIndex index = OpenSearchIndex.open(settings, synonyms())) {
        assertThat(index.liveIndex()).isEqualTo(target.get());
        assertThat(index.count()).isEqualTo(5000);
      }
    }
  }

  @Test
  void aCorruptedTargetFailsVerificationAndTheAliasesStay() {
    try (ArchiveStore store = JdbcArchiveStore.open(JdbcSettings.embedded(home))) {
      GeneratedRuns.addTo(store, 0, 3000);
      OpenSearchSettings settings = TestIndexes.settings();
      ArchivedRun lost = store.find(String.format("gen-%06d", 17)).orElseThrow();
      ArchivedRun altered = store.find(String.format("gen-%06d", 2500)).orElseThrow();

      ReindexResult result;
      String live;
      try (OpenSearchIndex index = OpenSearchIndex.open(settings, synonyms());
          Reindexer reindexer =
              Reindexer.open(
                  settings,
                  synonyms(),
                  ReindexOptions.defaults()
                      .reporting(
                          p -> {
                            if (p.phase() == ReindexPhase.VERIFY) {
                              damage(p.target(), lost, altered);
                            }
                          }))) {
        live = index.liveIndex();
        result = reindexer.fromStore(store);
        assertThat(index.liveIndex()).isEqualTo(live);
      }

      assertThat(result.switched()).isFalse();
      assertThat(result.retiredByPolicy()).isFalse();
      assertThat(result.differences())
          .extracting(SliceDigests.Difference::day)
          .containsExactlyInAnyOrder(day(lost), day(altered));
      assertThat(result.differences())
          .filteredOn(d -> d.day().equals(day(lost)))
          .singleElement()
          .satisfies(d -> assertThat(d.target().count()).isEqualTo(d.source().count() - 1));
      assertThat(OpenSearchTestNode.request("GET", "/" + settings.readAlias() + "/_alias", null))
          .satisfies(a -> assertThat(a.body()).contains(live).doesNotContain(result.target()));
    }
  }

  @Test
  void throttlingKeepsTheCopyToTheRateAsked() {
    try (ArchiveStore store = JdbcArchiveStore.open(JdbcSettings.embedded(home))) {
      GeneratedRuns.addTo(store, 0, 3000);
      List<ReindexProgress> reports = new ArrayList<>();
      ReindexResult result;
      try (Reindexer reindexer =
          Reindexer.open(
              TestIndexes.settings(),
              synonyms(),
              ReindexOptions.defaults().batches(250).throttled(1000).reporting(reports::add))) {
        result = reindexer.fromStore(store);
      }
      // a full second's permits at once, then 1000 a second: 3000 runs take at least 2 s
      assertThat(result.took()).isGreaterThan(Duration.ofMillis(1900));
      assertThat(reports.getLast().docsPerSecond()).isLessThan(1600);
      assertThat(result.switched()).isTrue();
    }
  }

  @Test
  void copiesTheLiveIndexIntoANewGeneration() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, synonyms())) {
      index.index(ArchiveFixtures.archive());
      index.refresh();
      String old = index.liveIndex();
      List<IndexEntry> before = entries(index);
      SearchQuery semantic =
          SearchQuery.text("").semantic(SearchMode.SEMANTIC, ArchiveFixtures.ABOUT_FILES).build();
      SearchResult meaningBefore = index.search(semantic);

      ReindexResult result;
      try (Reindexer reindexer =
          Reindexer.open(settings, synonyms(), ReindexOptions.defaults().batches(5))) {
        result = reindexer.fromLiveIndex();
      }

      assertThat(result.switched()).isTrue();
      assertThat(result.copied()).isEqualTo(ArchiveFixtures.archive().size());
      assertThat(index.liveIndex()).isEqualTo(result.target()).isNotEqualTo(old);
      assertThat(entries(index)).containsExactlyInAnyOrderElementsOf(before);
      assertThat(index.search(semantic)).isEqualTo(meaningBefore);
      assertThat(index.search(SearchQuery.text("kitaplar").build()).hits())
          .extracting(h -> h.runId())
          .containsExactly("tr-books");
    }
  }

  private static void damage(String target, ArchivedRun lost, ArchivedRun altered) {
    assertThat(
            OpenSearchTestNode.request(
                    "DELETE", "/" + target + "/_doc/" + lost.runId() + "?refresh=true", null)
                .status())
        .isEqualTo(200);
    assertThat(
            OpenSearchTestNode.request(
                    "POST",
                    "/" + target + "/_update/" + altered.runId() + "?refresh=true",
                    "{\"doc\":{\"digest\":\"not-the-digest\"}}")
                .status())
        .isEqualTo(200);
  }

  private static LocalDate day(ArchivedRun run) {
    return LocalDate.ofInstant(run.finishedAt(), ZoneOffset.UTC);
  }

  private static List<IndexEntry> entries(OpenSearchIndex index) {
    List<IndexEntry> entries = new ArrayList<>();
    index.scan(entries::add);
    Set<String> ids = new HashSet<>();
    entries.forEach(e -> assertThat(ids.add(e.runId())).as(e.runId()).isTrue());
    return entries;
  }

  private static SliceDigests storeDigests(ArchiveStore store) {
    SliceDigests digests = new SliceDigests();
    for (long sequence = 0; ; ) {
      List<ArchivedRun> page = store.after(sequence, 5000);
      if (page.isEmpty()) {
        return digests;
      }
      page.forEach(r -> digests.accept(IndexEntry.of(r)));
      sequence = page.getLast().sequence();
    }
  }

  private static Synonyms synonyms() {
    return Synonyms.builtin();
  }
}
