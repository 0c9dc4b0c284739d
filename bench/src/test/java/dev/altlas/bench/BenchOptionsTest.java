package dev.altlas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void noArgumentsGiveTheDefaults() {
    assertThat(BenchOptions.parse()).isEqualTo(BenchOptions.DEFAULTS);
  }

  @Test
  void everyFlagSetsItsValue() {
    BenchOptions o =
        BenchOptions.parse(
            "--units",
            "50",
            "--rounds",
            "2",
            "--workers",
            "4",
            "--pool",
            "6",
            "--submitters",
            "1",
            "--round-timeout",
            "30",
            "--systems",
            "jobrunr, altlas-pg");
    assertThat(o)
        .isEqualTo(
            new BenchOptions(
                50, 2, 4, 6, 1, Duration.ofSeconds(30), List.of("jobrunr", "altlas-pg")));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> BenchOptions.parse("--units", "many"))
        .hasMessageContaining("--units takes a whole number, not 'many'");
    assertThatThrownBy(() -> BenchOptions.parse("--rounds", "0"))
        .hasMessageContaining("--rounds must be at least 1");
    assertThatThrownBy(() -> BenchOptions.parse("--systems", "quartz"))
        .hasMessageContaining("unknown system 'quartz'");
    assertThatThrownBy(() -> BenchOptions.parse("--units"))
        .hasMessageContaining("missing value: --units");
    assertThatThrownBy(() -> BenchOptions.parse("--fast", "yes"))
        .hasMessageContaining("unknown option: --fast");
  }
}
