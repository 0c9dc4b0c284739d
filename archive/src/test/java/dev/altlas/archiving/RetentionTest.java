package dev.altlas.archiving;

import static dev.altlas.archiving.TestRuns.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SortOrder;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention over the real run store, archive store and Lucene index. */
class RetentionTest {
  private static final ArchiveSettings SETTINGS =
      ArchiveSettings.defaults("lucene")
          .withTiming(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));

  /** Runs 0..6 finish on days 0..6; this cutoff purges days 0..3. */
  private static final Instant CUTOFF = day(4);

  @TempDir Path home;
  private JdbcRunStore runs;
  private JdbcArchiveStore store;
  private LuceneSearchIndex lucene;
  private FlakySearchIndex index;
  private Archive archive;
  private Retention retention;

  @BeforeEach
  void open() throws Exception {
    JdbcSettings db = JdbcSettings.embedded(home);
    runs = JdbcRunStore.open(db);
    store = JdbcArchiveStore.open(db);
    lucene = LuceneSearchIndex.open(home.resolve("search"), Synonyms.builtin());
    index = new FlakySearchIndex(lucene);
    archive = Archive.open(store, index, null, SETTINGS);
    retention = new Retention(runs, store, index, SETTINGS);
    for (int i = 0; i < 7; i++) {
      var started = TestRuns.start(runs, "run-" + i, day(i).minusSeconds(60));
      var result = TestRuns.finish(runs, started, day(i));
      var added = archive.add(result, started.plan());
      assertThat(archive.awaitSearchable(added.run(), Duration.ofSeconds(10))).isTrue();
    }
    // Old but never finished: retention leaves it.
    TestRuns.start(runs, "run-open", day(-30));
  }

  @AfterEach
  void close() {
    archive.close();
    index.close();
    store.close();
    runs.close();
  }

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private Set<String> searchable() {
    return lucene
        .search(SearchQuery.text("").sort(SortOrder.OLDEST).size(100).build())
        .hits()
        .stream()
        .map(SearchHit::runId)
        .collect(Collectors.toSet());
  }

  private static final Set<String> KEPT = Set.of("run-4", "run-5", "run-6");

  @Test
  void purgesRunsArchiveRecordsAndIndexEntriesInBatchesUntilNothingOlderRemains() {
    Retention.Purged purged = retention.purge(CUTOFF, 1);

    assertThat(purged).isEqualTo(new Retention.Purged(4, 4, 4, false));
    assertThat(runs.findRun("run-3")).isEmpty();
    assertThat(runs.findRun("run-4")).isPresent();
    assertThat(runs.findRun("run-open")).isPresent();
    assertThat(store.find("run-0")).isEmpty();
    assertThat(store.count()).isEqualTo(3);
    assertThat(searchable()).isEqualTo(KEPT);
    assertThat(store.checkpoint("purge:lucene")).contains(PurgeMarker.NONE);

    assertThat(retention.purge(CUTOFF, 3)).isEqualTo(new Retention.Purged(0, 0, 0, false));
  }

  @Test
  void runsPurgedWhileTheIndexIsDownAreRemovedFromItByCatchUp() throws Exception {
    index.down(true);

    Retention.Purged purged = retention.purge(CUTOFF, 3);

    assertThat(purged).isEqualTo(new Retention.Purged(4, 4, 0, true));
    assertThat(store.count()).isEqualTo(3);
    assertThat(searchable()).hasSize(7);
    assertThat(store.checkpoint("purge:lucene"))
        .hasValueSatisfying(v -> assertThat(v).startsWith(CUTOFF.toString()));

    // An old record uploaded after the purge is archived again and must stay searchable.
    index.down(false);
    var late = TestRuns.succeeded("run-late", TestRuns.plan("plan-late", "Late upload"), day(1));
    archive.add(late, null);

    archive.catchUp();

    assertThat(searchable())
        .containsExactlyInAnyOrderElementsOf(List.of("run-4", "run-5", "run-6", "run-late"));
    assertThat(store.checkpoint("purge:lucene")).contains(PurgeMarker.NONE);
  }

  @Test
  void aPurgeMarkRaisedDuringASweepIsNotCleared() {
    PurgeMarker marker = new PurgeMarker(store, SETTINGS);
    PurgeMarker.Pending first = marker.raise(day(2));
    PurgeMarker.Pending second = marker.raise(day(1));

    marker.clear(first);

    // The later raise keeps the later cutoff, which covers both, under a new token.
    assertThat(second.cutoff()).isEqualTo(day(2));
    assertThat(marker.pending()).contains(second);
    marker.clear(second);
    assertThat(marker.pending()).isEmpty();
  }
}
