package dev.altlas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoundRecorderTest {
  private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

  private static Instant at(long millis) {
    return T0.plusMillis(millis);
  }

  @Test
  void aUnitCountsOnceBothSidesAreKnownInEitherOrder() throws InterruptedException {
    var recorder = new RoundRecorder(2);
    recorder.submitted("a", at(0));
    recorder.finished("b", at(300), true); // b finished before its submit call returned its id
    assertThat(recorder.outstanding()).isEqualTo(2);
    recorder.finished("a", at(100), true);
    recorder.submitted("b", at(100));

    assertThat(recorder.await(Duration.ZERO)).isTrue();
    RoundResult r = recorder.result();
    assertThat(r.completed()).isEqualTo(2);
    assertThat(r.failed()).isZero();
    assertThat(r.p50Ms()).isEqualTo(100);
    assertThat(r.p99Ms()).isEqualTo(200);
    assertThat(r.perSecond()).isCloseTo(2 / 0.3, within(1e-9));
  }

  @Test
  void stragglersOfAnotherRoundAreIgnored() {
    var recorder = new RoundRecorder(1);
    recorder.finished("old", at(5), true);
    recorder.submitted("new", at(10));
    assertThat(recorder.outstanding()).isEqualTo(1);
    recorder.finished("new", at(20), true);
    assertThat(recorder.outstanding()).isZero();
    assertThat(recorder.result().completed()).isEqualTo(1);
  }

  @Test
  void failedSubmissionsAndUnsuccessfulUnitsCountAsFailed() {
    var recorder = new RoundRecorder(3);
    recorder.submitFailed(new IllegalArgumentException("run already exists"));
    recorder.submitted("a", at(0));
    recorder.finished("a", at(10), false);
    recorder.submitted("b", at(0));
    recorder.finished("b", at(10), true);

    assertThat(recorder.outstanding()).isZero();
    assertThat(recorder.result().failed()).isEqualTo(2);
    assertThat(recorder.result().completed()).isEqualTo(2);
    assertThat(recorder.firstError()).contains("run already exists");
  }
}
