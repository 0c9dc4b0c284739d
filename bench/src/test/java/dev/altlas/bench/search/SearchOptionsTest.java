package dev.altlas.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchOptionsTest {

  @Test
  void noArgumentsGiveTheDefaults() {
    assertThat(SearchOptions.parse()).isEqualTo(SearchOptions.DEFAULTS);
  }

  @Test
  void everyFlagSetsItsValue() {
    SearchOptions o =
        SearchOptions.parse(
            "--records", "100k,1m,2500",
            "--systems", "lucene-raw, lucene",
            "--queries", "50",
            "--warmup", "0",
            "--rounds", "5",
            "--ingest-warmup", "0",
            "--ingest-rounds", "2",
            "--batch", "500",
            "--seed", "7");
    assertThat(o)
        .isEqualTo(
            new SearchOptions(
                List.of(100_000, 1_000_000, 2_500),
                List.of(SearchSystem.LUCENE_RAW, SearchSystem.LUCENE),
                50,
                0,
                5,
                0,
                2,
                500,
                7));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> SearchOptions.parse("--records", "lots"))
        .hasMessageContaining("--records takes a whole number, not 'lots'");
    assertThatThrownBy(() -> SearchOptions.parse("--systems", "solr"))
        .hasMessageContaining("unknown system 'solr'");
    assertThatThrownBy(() -> SearchOptions.parse("--rounds", "0"))
        .hasMessageContaining("--rounds must be at least 1");
    assertThatThrownBy(() -> SearchOptions.parse("--queries"))
        .hasMessageContaining("missing value: --queries");
    assertThatThrownBy(() -> SearchOptions.parse("--fast", "yes"))
        .hasMessageContaining("unknown option: --fast");
  }
}
