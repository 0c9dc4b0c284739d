package dev.altlas.bus.inprocess;

import dev.altlas.bus.EventBus;
import dev.altlas.testkit.EventBusContract;

class InProcessEventBusTest extends EventBusContract {
  @Override
  protected EventBus newBus() {
    return new InProcessEventBus();
  }
}
