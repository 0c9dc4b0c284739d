package dev.altlas.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SliceDigests} lives in core; it is tested here, beside the reindexer that uses it. */
class SliceDigestsTest {

  private static final List<IndexEntry> ENTRIES =
      List.of(
          entry("a", "2026-03-01T10:00:00Z", "d1"),
          entry("b", "2026-03-01T23:59:59.999999999Z", "d2"),
          entry("c", "2026-03-02T00:00:00Z", "d3"),
          entry("d", "2026-03-04T08:00:00Z", "d4"));

  @Test
  void theOrderOfReadingDoesNotMatter() {
    List<IndexEntry> shuffled = new ArrayList<>(ENTRIES);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(SliceDigests.of(ENTRIES.stream()).differences(SliceDigests.of(shuffled.stream())))
        .isEmpty();
    assertThat(SliceDigests.of(shuffled.stream()).slices())
        .extracting(SliceDigests.Slice::day, SliceDigests.Slice::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-01"), 2L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-02"), 1L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-04"), 1L));
  }

  @Test
  void aMissingRunAnotherDigestOrADuplicateShowsOnItsDay() {
    SliceDigests source = SliceDigests.of(ENTRIES.stream());

    SliceDigests missing = SliceDigests.of(ENTRIES.stream().skip(1));
    assertThat(source.differences(missing))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.day()).isEqualTo(LocalDate.parse("2026-03-01"));
              assertThat(d.source().count()).isEqualTo(2);
              assertThat(d.target().count()).isEqualTo(1);
            });

    List<IndexEntry> altered = new ArrayList<>(ENTRIES);
    altered.set(3, entry("d", "2026-03-04T08:00:00Z", "other"));
    assertThat(source.differences(SliceDigests.of(altered.stream())))
        .extracting(SliceDigests.Difference::day)
        .containsExactly(LocalDate.parse("2026-03-04"));

    List<IndexEntry> doubled = new ArrayList<>(ENTRIES);
    doubled.add(ENTRIES.get(2));
    doubled.add(ENTRIES.get(2));
    SliceDigests twice = SliceDigests.of(doubled.stream());
    assertThat(source.differences(twice))
        .extracting(SliceDigests.Difference::day)
        .containsExactly(LocalDate.parse("2026-03-02"));
    assertThat(twice.count()).isEqualTo(ENTRIES.size() + 2);
  }

  @Test
  void aDayOnlyOneSideHasIsADifference() {
    SliceDigests source = SliceDigests.of(ENTRIES.stream());
    SliceDigests target =
        SliceDigests.of(
            java.util.stream.Stream.concat(
                ENTRIES.stream(),
                java.util.stream.Stream.of(entry("e", "2026-04-01T00:00:00Z", "d5"))));

    assertThat(source.differences(target))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source().count()).isZero();
              assertThat(d.target().count()).isEqualTo(1);
              assertThat(d.toString()).contains("2026-04-01", "0 runs");
            });
    assertThat(new SliceDigests().differences(new SliceDigests())).isEmpty();
  }

  private static IndexEntry entry(String runId, String finishedAt, String digest) {
    return new IndexEntry(runId, Instant.parse(finishedAt), digest);
  }
}
