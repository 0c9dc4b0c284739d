package dev.altlas.bus.inprocess;

import dev.altlas.bus.ReadyTask;
import dev.altlas.bus.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The embedded default work queue: a delay queue in this process, handing each task to the next
 * consumer in turn, each delivery on its own virtual thread. Nothing here needs to survive a crash:
 * ready tasks are rebuilt from the run store when the engine starts.
 */
public final class InProcessWorkQueue implements WorkQueue {
  private static final Duration REDELIVERY = Duration.ofMillis(500);

  private final DelayQueue<Pending> pending = new DelayQueue<>();
  private final CopyOnWriteArrayList<Consumer<ReadyTask>> consumers = new CopyOnWriteArrayList<>();
  private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong turn = new AtomicLong();
  private final Thread dispatcher;

  public InProcessWorkQueue() {
    dispatcher = Thread.ofVirtual().name("altlas-work-queue").start(this::dispatch);
  }

  @Override
  public void offer(ReadyTask task) {
    pending.add(new Pending(task, task.notBefore() == null ? Instant.now() : task.notBefore()));
  }

  @Override
  public AutoCloseable consume(Consumer<ReadyTask> worker) {
    consumers.add(worker);
    return () -> consumers.remove(worker);
  }

  private void dispatch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Pending next = pending.take();
        Consumer<ReadyTask> worker = nextConsumer();
        if (worker == null) {
          // Nobody consumes yet: keep the task until someone does.
          pending.add(new Pending(next.task, Instant.now().plus(REDELIVERY)));
          continue;
        }
        deliveries.submit(() -> deliver(worker, next.task));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Consumer<ReadyTask> nextConsumer() {
    var all = consumers.toArray();
    if (all.length == 0) {
      return null;
    }
    @SuppressWarnings("unchecked")
    var worker = (Consumer<ReadyTask>) all[(int) (turn.getAndIncrement() % all.length)];
    return worker;
  }

  private void deliver(Consumer<ReadyTask> worker, ReadyTask task) {
    try {
      worker.accept(task);
    } catch (RuntimeException e) {
      pending.add(new Pending(task, Instant.now().plus(REDELIVERY)));
    }
  }

  @Override
  public void close() {
    dispatcher.interrupt();
    deliveries.shutdownNow();
  }

  /** A task waiting for its time. */
  private record Pending(ReadyTask task, Instant due) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(Instant.now(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      return due.compareTo(((Pending) other).due);
    }
  }
}
