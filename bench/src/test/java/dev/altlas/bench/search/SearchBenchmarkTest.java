package dev.altlas.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole search benchmark, small: every system, one size, a few queries. */
class SearchBenchmarkTest {

  @Test
  void everySystemRunsAndOursAnswerAsTheRawBaselinesDo() {
    var options =
        new SearchOptions(List.of(2_000), List.of(SearchSystem.values()), 10, 2, 1, 500, 1, 500, 7);
    var out = new ByteArrayOutputStream();

    boolean finished =
        SearchBenchmark.run(
            options,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream()));

    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(finished).as(report).isTrue();
    assertThat(report)
        .contains("ALT_LAS archive search benchmark: 2,000 records (seed 7)")
        .containsPattern("(?m)^lucene-raw +\\d")
        .containsPattern("(?m)^opensearch-raw +\\d")
        .containsPattern("(?m)^lucene / lucene-raw +\\d")
        .containsPattern("(?m)^opensearch / opensearch-raw +\\d")
        .containsPattern(
            "lucene vs lucene-raw: +total hits differ in 0 of 30 queries, facets in 0 of 10")
        .containsPattern(
            "opensearch vs opensearch-raw: +total hits differ in 0 of 30 queries, facets in 0 of 10")
        .containsPattern(
            "lucene vs opensearch: +total hits differ in 0 of 30 queries, facets in 0 of 10")
        .doesNotContain("problems:");
  }
}
