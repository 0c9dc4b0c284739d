package dev.altlas.bus;

import java.util.function.Consumer;

/**
 * Ready tasks on their way to workers, as competing consumers: each task offered goes to one
 * consumer. A consumer that throws gets the task again later (redelivery). The run store stays the
 * source of truth (a worker claims a task there before running it), so a task delivered twice still
 * runs to completion once. Adapters: in-process (embedded default) and NATS JetStream.
 */
public interface WorkQueue extends AutoCloseable {

  /** Hands the task to one consumer, not before its {@code notBefore}. */
  void offer(ReadyTask task);

  /**
   * Adds a consumer; tasks are spread over all consumers of the queue.
   *
   * @param worker called once per delivered task, on a thread of the queue's; may block
   * @return closing it stops deliveries to this consumer
   */
  AutoCloseable consume(Consumer<ReadyTask> worker);

  @Override
  void close();
}
