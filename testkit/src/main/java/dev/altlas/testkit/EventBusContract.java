package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.bus.EventBus;
import dev.altlas.bus.RunEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventBus} adapter must do; each adapter runs it with a tiny subclass. */
public abstract class EventBusContract {
  private EventBus bus;

  protected abstract EventBus newBus();

  @BeforeEach
  void open() {
    bus = newBus();
  }

  @AfterEach
  void close() {
    bus.close();
  }

  private static RunEvent event(String run, String type, int n) {
    return new RunEvent("e" + n, type, run, null, Instant.EPOCH, Map.of("n", n));
  }

  private static void eventually(Runnable check) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(10);
      }
    }
  }

  @Test
  void subscribersGetTheEventsTheirPatternMatchesInOrder() throws Exception {
    var all = new CopyOnWriteArrayList<Integer>();
    var oneRun = new CopyOnWriteArrayList<Integer>();
    var finished = new CopyOnWriteArrayList<Integer>();
    bus.subscribe("runs.>", e -> all.add((Integer) e.data().get("n")));
    bus.subscribe("runs.r1.>", e -> oneRun.add((Integer) e.data().get("n")));
    bus.subscribe("runs.*.run.finished", e -> finished.add((Integer) e.data().get("n")));

    for (int i = 0; i < 200; i++) {
      bus.publish(
          event(i % 2 == 0 ? "r1" : "r2", i % 50 == 49 ? "run.finished" : "task.started", i));
    }

    eventually(
        () -> assertThat(all).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList()));
    eventually(
        () ->
            assertThat(oneRun)
                .containsExactlyElementsOf(
                    IntStream.range(0, 200).filter(i -> i % 2 == 0).boxed().toList()));
    eventually(() -> assertThat(finished).containsExactly(49, 99, 149, 199));
  }

  @Test
  void aFailingSubscriberDoesNotStopOthersOrItsLaterEvents() throws Exception {
    var seen = new CopyOnWriteArrayList<Integer>();
    bus.subscribe(
        "runs.>",
        e -> {
          int n = (Integer) e.data().get("n");
          seen.add(n);
          if (n == 1) {
            throw new IllegalStateException("boom");
          }
        });
    for (int i = 0; i < 3; i++) {
      bus.publish(event("r", "task.started", i));
    }
    eventually(() -> assertThat(seen).containsExactly(0, 1, 2));
  }

  @Test
  void closingASubscriptionStopsDelivery() throws Exception {
    var seen = new CopyOnWriteArrayList<Integer>();
    AutoCloseable sub = bus.subscribe("runs.>", e -> seen.add((Integer) e.data().get("n")));
    bus.publish(event("r", "task.started", 1));
    eventually(() -> assertThat(seen).containsExactly(1));
    sub.close();
    bus.publish(event("r", "task.started", 2));
    Thread.sleep(200);
    assertThat(seen).isEqualTo(List.of(1));
  }
}
