package dev.altlas.bus.inprocess;

import dev.altlas.bus.WorkQueue;
import dev.altlas.testkit.WorkQueueContract;

class InProcessWorkQueueTest extends WorkQueueContract {
  @Override
  protected WorkQueue newQueue() {
    return new InProcessWorkQueue();
  }
}
