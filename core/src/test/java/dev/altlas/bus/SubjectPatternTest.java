package dev.altlas.bus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectPatternTest {
  @Test
  void matchesLikeNats() {
    assertThat(SubjectPattern.matches("runs.>", "runs.r1.task.started")).isTrue();
    assertThat(SubjectPattern.matches("runs.>", "runs")).isFalse();
    assertThat(SubjectPattern.matches("runs.r1.>", "runs.r2.task.started")).isFalse();
    assertThat(SubjectPattern.matches("runs.*.run.finished", "runs.r9.run.finished")).isTrue();
    assertThat(SubjectPattern.matches("runs.*.run.finished", "runs.r9.task.finished")).isFalse();
    assertThat(SubjectPattern.matches("runs.*", "runs.r9.run")).isFalse();
  }
}
