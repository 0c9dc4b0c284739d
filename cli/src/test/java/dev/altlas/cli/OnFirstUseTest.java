package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

  @Test
  void opensOnceAndThoseWhoAskMeanwhileWaitForIt() throws Exception {
    var opened = new AtomicInteger();
    var opening = new CountDownLatch(1);
    var part =
        new OnFirstUse<>(
            () -> {
              opening.countDown();
              sleep(100);
              return "part " + opened.incrementAndGet();
            });
    assertThat(part.opened()).isEmpty();

    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<String> first = threads.submit(part::get);
      opening.await();
      Future<String> second = threads.submit(part::get);

      assertThat(first.get()).isEqualTo("part 1");
      assertThat(second.get()).isEqualTo("part 1");
    }
    assertThat(opened).hasValue(1);
    assertThat(part.opened()).contains("part 1");
  }

  @Test
  void aPartThatCouldNotOpenFailsEveryAskTheSameWayWithoutTryingAgain() {
    var tries = new AtomicInteger();
    var part =
        new OnFirstUse<String>(
            () -> {
              tries.incrementAndGet();
              throw CliFailure.failed("cannot open the run store: timed out");
            });

    assertThatThrownBy(part::get).hasMessage("cannot open the run store: timed out");
    assertThatThrownBy(part::get).hasMessage("cannot open the run store: timed out");
    assertThat(tries).hasValue(1);
    assertThat(part.opened()).isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
