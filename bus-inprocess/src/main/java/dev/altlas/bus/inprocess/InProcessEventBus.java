package dev.altlas.bus.inprocess;

import dev.altlas.bus.EventBus;
import dev.altlas.bus.RunEvent;
import dev.altlas.bus.SubjectPattern;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The embedded default bus: events go to subscribers inside this process, each subscriber on its
 * own virtual thread, in publication order. A slow subscriber delays only itself.
 */
public final class InProcessEventBus implements EventBus {
  private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();

  @Override
  public void publish(RunEvent event) {
    for (Subscription s : subscriptions) {
      if (SubjectPattern.matches(s.pattern, event.subject())) {
        s.queue.add(event);
      }
    }
  }

  @Override
  public AutoCloseable subscribe(String subjectPattern, Consumer<RunEvent> handler) {
    var s = new Subscription(subjectPattern, handler);
    subscriptions.add(s);
    s.start();
    return () -> {
      subscriptions.remove(s);
      s.stop();
    };
  }

  @Override
  public void close() {
    subscriptions.forEach(Subscription::stop);
    subscriptions.clear();
  }

  private static final class Subscription {
    private final String pattern;
    private final Consumer<RunEvent> handler;
    private final LinkedBlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>();
    private Thread thread;

    Subscription(String pattern, Consumer<RunEvent> handler) {
      this.pattern = pattern;
      this.handler = handler;
    }

    void start() {
      thread = Thread.ofVirtual().name("altlas-bus-" + pattern).start(this::drain);
    }

    private void drain() {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          RunEvent e = queue.take();
          try {
            handler.accept(e);
          } catch (RuntimeException ignored) {
            // One subscriber's failure must not stop its later events nor reach the publisher.
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Delivers what is already queued (for up to a second), then stops. */
    void stop() {
      long deadline = System.nanoTime() + 1_000_000_000L;
      while (!queue.isEmpty() && thread.isAlive() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      thread.interrupt();
    }
  }
}
