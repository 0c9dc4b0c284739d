package dev.altlas.engine;

import java.time.Duration;
import java.util.Map;

/**
 * How the engine schedules work.
 *
 * @param workerId names this process in task leases
 * @param maxParallelPerRun tasks of one run running at once
 * @param maxParallelByType tasks of a type (e.g. {@code ai.generate}) or category (e.g. {@code ai})
 *     running at once across all runs
 * @param defaultForEachParallel items of one {@code for_each} running at once unless the task says
 *     otherwise
 * @param lease how long a running task's lease lasts; renewed every third of it while it runs, so a
 *     task whose worker died is taken over after at most this long
 * @param exclusive whether this engine is the only one using the store (the embedded default): then
 *     every running task found at start belonged to a dead process and is taken over at once
 * @param seed seeds retry jitter, so that a run can be replayed
 */
public record EngineSettings(
    String workerId,
    int maxParallelPerRun,
    Map<String, Integer> maxParallelByType,
    int defaultForEachParallel,
    Duration lease,
    boolean exclusive,
    long seed) {

  public EngineSettings {
    maxParallelByType = Map.copyOf(maxParallelByType);
    if (maxParallelPerRun < 1 || defaultForEachParallel < 1) {
      throw new IllegalArgumentException("parallelism limits must be at least 1");
    }
  }

  /** The embedded default: one process, generous local limits, AI calls two at a time. */
  public static EngineSettings embedded() {
    return new EngineSettings(
        "local-" + ProcessHandle.current().pid(),
        8,
        Map.of("ai", 2, "shell", 2),
        4,
        Duration.ofSeconds(15),
        true,
        System.nanoTime());
  }

  /** The limit for a task type: its own, else its category's, else none. */
  int limitFor(String type) {
    Integer own = maxParallelByType.get(type);
    if (own != null) {
      return own;
    }
    int dot = type.indexOf('.');
    return maxParallelByType.getOrDefault(
        dot < 0 ? type : type.substring(0, dot), Integer.MAX_VALUE);
  }

  public EngineSettings withExclusive(boolean newExclusive) {
    return new EngineSettings(
        workerId,
        maxParallelPerRun,
        maxParallelByType,
        defaultForEachParallel,
        lease,
        newExclusive,
        seed);
  }
}
