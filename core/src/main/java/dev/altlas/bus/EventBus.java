package dev.altlas.bus;

import java.util.function.Consumer;

/**
 * Publish/subscribe of run events: to live progress, the archive and metrics. Delivery is at least
 * once and in order per run. Adapters: in-process (embedded default) and NATS JetStream.
 */
public interface EventBus extends AutoCloseable {

  void publish(RunEvent event);

  /**
   * @param subjectPattern NATS-style: {@code runs.>} for all, {@code runs.RUN_ID.>} for one run,
   *     {@code runs.*.run.finished} for one type
   * @return closing it ends the subscription
   */
  AutoCloseable subscribe(String subjectPattern, Consumer<RunEvent> handler);

  @Override
  void close();
}
