package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.bus.ReadyTask;
import dev.altlas.bus.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WorkQueue} adapter must do; each adapter runs it with a tiny subclass. */
public abstract class WorkQueueContract {
  private WorkQueue queue;

  protected abstract WorkQueue newQueue();

  @BeforeEach
  void open() {
    queue = newQueue();
  }

  @AfterEach
  void close() {
    queue.close();
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
  void eachTaskGoesToExactlyOneOfTheCompetingConsumers() throws Exception {
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> perConsumer = new ConcurrentHashMap<>();
    for (int c = 0; c < 3; c++) {
      int consumer = c;
      queue.consume(
          t -> {
            deliveries.computeIfAbsent(t.taskKey(), k -> new AtomicInteger()).incrementAndGet();
            perConsumer.computeIfAbsent(consumer, k -> new AtomicInteger()).incrementAndGet();
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    for (int i = 0; i < 300; i++) {
      queue.offer(new ReadyTask("r", "t" + i, null));
    }

    eventually(() -> assertThat(deliveries).hasSize(300));
    Thread.sleep(100);
    assertThat(deliveries.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(perConsumer).hasSize(3);
  }

  @Test
  void aTaskIsNotDeliveredBeforeItsTime() throws Exception {
    List<Instant> deliveredAt = new CopyOnWriteArrayList<>();
    queue.consume(t -> deliveredAt.add(Instant.now()));
    Instant notBefore = Instant.now().plusMillis(300);

    queue.offer(new ReadyTask("r", "later", notBefore));

    eventually(() -> assertThat(deliveredAt).hasSize(1));
    assertThat(deliveredAt.get(0)).isAfterOrEqualTo(notBefore);
  }

  @Test
  void aConsumerThatFailsGetsTheTaskAgain() throws Exception {
    var attempts = new AtomicInteger();
    queue.consume(
        t -> {
          if (attempts.incrementAndGet() == 1) {
            throw new IllegalStateException("worker crashed");
          }
        });

    queue.offer(new ReadyTask("r", "t", null));

    eventually(() -> assertThat(attempts.get()).isEqualTo(2));
  }

  @Test
  void aClosedConsumerGetsNothingMore() throws Exception {
    var seen = new AtomicInteger();
    AutoCloseable consumer = queue.consume(t -> seen.incrementAndGet());
    queue.offer(new ReadyTask("r", "a", null));
    eventually(() -> assertThat(seen.get()).isEqualTo(1));

    consumer.close();
    var other = new AtomicInteger();
    queue.consume(t -> other.incrementAndGet());
    queue.offer(new ReadyTask("r", "b", null));

    eventually(() -> assertThat(other.get()).isEqualTo(1));
    assertThat(seen.get()).isEqualTo(1);
  }
}
