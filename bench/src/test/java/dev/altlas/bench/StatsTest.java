package dev.altlas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentilesAreNearestRank() {
    double[] hundred = new double[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = i + 1;
    }
    assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
    assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
    assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
    assertThat(Stats.percentile(new double[] {7}, 99)).isEqualTo(7);
    assertThat(Stats.percentile(new double[] {1, 2, 3}, 50)).isEqualTo(2);
  }

  @Test
  void mediansOfOddAndEvenCounts() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2);
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void emptyInputIsRefused() {
    assertThatThrownBy(() -> Stats.percentile(new double[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
