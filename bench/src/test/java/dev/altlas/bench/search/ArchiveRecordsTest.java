package dev.altlas.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchDocument;
import dev.altlas.model.RunStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArchiveRecordsTest {

  @Test
  void aRecordDependsOnlyOnTheSeedAndItsNumber() {
    ArchivedRun alone = new ArchiveRecords(42).run(1234);
    ArchivedRun inABatch = new ArchiveRecords(42).runs(1200, 1300).get(34);

    assertThat(inABatch).isEqualTo(alone);
    assertThat(new ArchiveRecords(43).run(1234).runId()).isNotEqualTo(alone.runId());
  }

  @Test
  void recordsLookLikeAYearOfArchivedRunsInBothLanguages() {
    List<SearchDocument> docs =
        new ArchiveRecords(42).runs(0, 2_000).stream().map(SearchDocument::of).toList();

    Map<String, Long> languages =
        docs.stream()
            .collect(Collectors.groupingBy(SearchDocument::language, Collectors.counting()));
    assertThat(languages.get("tr")).isBetween(900L, 1300L);
    assertThat(languages.get("en")).isBetween(700L, 1100L);
    Map<String, Long> statuses =
        docs.stream().collect(Collectors.groupingBy(SearchDocument::status, Collectors.counting()));
    assertThat(statuses.keySet())
        .containsExactlyInAnyOrderElementsOf(
            List.of(RunStatus.values()).stream().map(SearchDocument::wire).toList());
    assertThat(docs.stream().mapToInt(d -> d.outputs().length()).average().orElseThrow())
        .isBetween(150.0, 1000.0);
    assertThat(docs)
        .allSatisfy(
            d -> {
              assertThat(d.command()).isNotBlank().doesNotContain("{");
              assertThat(d.summary()).isNotBlank().doesNotContain("{");
              assertThat(d.outputs()).doesNotContain("{");
              assertThat(d.finishedAt())
                  .isBetween(
                      ArchiveRecords.FIRST_FINISH,
                      ArchiveRecords.FIRST_FINISH.plus(ArchiveRecords.SPAN));
            });
    assertThat(docs.stream().map(SearchDocument::runId).distinct().count()).isEqualTo(2_000);
    assertThat(
            docs.stream()
                .flatMap(d -> d.models().stream())
                .collect(Collectors.toMap(Function.identity(), m -> 1, Integer::sum)))
        .containsKey("local/extractive-v1");
  }
}
