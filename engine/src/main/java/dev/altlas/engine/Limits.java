package dev.altlas.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** The parallelism limits a task must get permits from before it runs: run, type, for_each. */
final class Limits {
  private final EngineSettings settings;
  private final ConcurrentHashMap<String, Semaphore> perRun = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Semaphore> perType = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Semaphore> perFanOut = new ConcurrentHashMap<>();

  Limits(EngineSettings settings) {
    this.settings = settings;
  }

  /** Blocks (a virtual thread, cheaply) until every limit has room; returns what to release. */
  List<Semaphore> acquire(String runId, String type, String fanOutTask, int fanOutLimit)
      throws InterruptedException {
    var held = new ArrayList<Semaphore>(3);
    try {
      if (fanOutTask != null) {
        take(
            perFanOut.computeIfAbsent(runId + "/" + fanOutTask, k -> new Semaphore(fanOutLimit)),
            held);
      }
      take(perRun.computeIfAbsent(runId, k -> new Semaphore(settings.maxParallelPerRun())), held);
      int typeLimit = settings.limitFor(type);
      if (typeLimit != Integer.MAX_VALUE) {
        take(perType.computeIfAbsent(type, k -> new Semaphore(typeLimit)), held);
      }
      return held;
    } catch (InterruptedException e) {
      release(held);
      throw e;
    }
  }

  private static void take(Semaphore s, List<Semaphore> held) throws InterruptedException {
    s.acquire();
    held.add(s);
  }

  static void release(List<Semaphore> held) {
    held.forEach(Semaphore::release);
  }

  void forgetRun(String runId) {
    perRun.remove(runId);
    perFanOut.keySet().removeIf(k -> k.startsWith(runId + "/"));
  }
}
