package dev.altlas.archiving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SliceDigests;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification and in-place rebuild of a real Lucene index against the real archive store. */
class IndexRebuildTest {
  @TempDir Path home;
  private JdbcArchiveStore store;
  private LuceneSearchIndex index;
  private final List<ArchivedRun> archived = new ArrayList<>();

  @BeforeEach
  void open() {
    store = JdbcArchiveStore.open(JdbcSettings.embedded(home));
    index = LuceneSearchIndex.open(home.resolve("search"), Synonyms.builtin());
    for (int i = 0; i < 30; i++) {
      var plan = TestRuns.plan("plan-" + i, "list the files in ./docs " + i);
      var result = TestRuns.succeeded("run-" + i, plan, TestRuns.T0.plus(Duration.ofHours(7L * i)));
      archived.add(store.add(result, plan, null).run());
    }
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  @Test
  void anEmptyIndexDiffersOnEveryDayAndARebuildMakesItEqual() {
    IndexRebuild rebuild = new IndexRebuild(store, index, 7);

    List<SliceDigests.Difference> before = rebuild.verify();
    long[] progress = {0};
    List<SliceDigests.Difference> after = rebuild.rebuild(n -> progress[0] = n);

    assertThat(before).isNotEmpty();
    assertThat(before.stream().mapToLong(d -> d.source().count()).sum()).isEqualTo(30);
    assertThat(after).isEmpty();
    assertThat(progress[0]).isEqualTo(30);
    assertThat(index.count()).isEqualTo(30);
  }

  @Test
  void missingStaleAndChangedEntriesAreFoundOnTheirDaysAndRepaired() {
    index.index(archived);
    index.refresh();
    IndexRebuild rebuild = new IndexRebuild(store, index, 10);
    assertThat(rebuild.verify()).isEmpty();

    ArchivedRun changed = archived.get(3);
    index.delete(List.of(archived.get(0).runId()));
    index.index(
        List.of(
            new ArchivedRun(
                changed.sequence(),
                changed.archivedAt(),
                "0".repeat(64),
                changed.result(),
                changed.plan(),
                null),
            new ArchivedRun(
                999,
                changed.archivedAt(),
                "f".repeat(64),
                TestRuns.succeeded("stray", changed.plan(), archived.get(20).result().finishedAt()),
                changed.plan(),
                null)));
    index.refresh();

    List<SliceDigests.Difference> differences = rebuild.verify();
    assertThat(differences)
        .extracting(SliceDigests.Difference::day)
        .containsExactlyInAnyOrder(day(archived.get(0)), day(changed), day(archived.get(20)))
        .doesNotHaveDuplicates();
    assertThat(rebuild.missingFromStore(differences))
        .as("only the stray run is in the index and not in the store")
        .containsExactly("stray");

    assertThat(rebuild.rebuild(n -> {})).isEmpty();
    assertThat(index.count()).isEqualTo(30);
  }

  private static java.time.LocalDate day(ArchivedRun run) {
    return java.time.LocalDate.ofInstant(run.finishedAt(), java.time.ZoneOffset.UTC);
  }
}
