package dev.altlas.archiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArchiveSettingsTest {

  @Test
  void backoffDoublesFromTheFirstWaitUpToTheLongest() {
    var settings =
        ArchiveSettings.defaults("lucene")
            .withTiming(Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30));

    assertThat(
            IntStream.rangeClosed(1, 8)
                .mapToObj(n -> CatchUpLoop.backoff(settings, n).toSeconds())
                .toList())
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    assertThat(CatchUpLoop.backoff(settings, Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void checkpointsAreNamedAfterTheIndex() {
    var settings = ArchiveSettings.defaults("opensearch");

    assertThat(settings.indexCheckpoint()).isEqualTo("index:opensearch");
    assertThat(settings.purgeCheckpoint()).isEqualTo("purge:opensearch");
  }

  @Test
  void nonsenseIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> ArchiveSettings.defaults("Lucene Index"))
        .hasMessageContaining("index name");
    assertThatThrownBy(() -> ArchiveSettings.defaults("lucene").withBatchSize(0))
        .hasMessageContaining("batchSize");
    assertThatThrownBy(
            () ->
                ArchiveSettings.defaults("lucene")
                    .withTiming(
                        Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> AtlasSettings.defaults().withAlerts(1.5, 5))
        .hasMessageContaining("threshold");
  }
}
