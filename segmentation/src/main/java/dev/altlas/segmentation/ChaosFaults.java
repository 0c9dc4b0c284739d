package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.ChaosFault;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chaos mode: faults on a seeded random share of the tasks that grows with the chaos level (failed
 * first attempts and added latency), and the tasks listed in a seeded order that still respects
 * their dependencies.
 */
final class ChaosFaults {
  private static final int MAX_LEVEL = 10;
  private static final long LATENCY_MS_PER_LEVEL = 250;
  private static final int UNRECOVERABLE_LEVEL = 8;

  /**
   * @param defaultRetry the plan's retry policy, for tasks without their own
   */
  List<PlanTask> apply(
      List<PlanTask> tasks, int level, RetryPolicy defaultRetry, RandomGenerator random) {
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      if (!tasks.get(i).type().equals(TaskCatalog.UNSUPPORTED)) {
        eligible.add(i);
      }
    }
    Shuffle.inPlace(eligible, random);
    int faulty = Math.max(1, (int) Math.ceil(eligible.size() * level / (double) MAX_LEVEL));
    var faulted = new ArrayList<>(tasks);
    for (int i : eligible.subList(0, Math.min(faulty, eligible.size()))) {
      PlanTask task = tasks.get(i);
      int failures = random.nextInt(maxFailures(task, level, defaultRetry) + 1);
      var latency = Duration.ofMillis(random.nextLong(LATENCY_MS_PER_LEVEL * level + 1));
      faulted.set(i, task.withChaos(new ChaosFault(failures, latency)));
    }
    return shuffledKeepingDependencies(faulted, random);
  }

  /**
   * Below {@link #UNRECOVERABLE_LEVEL} a task fails fewer times than it is attempted, so its
   * retries recover; from there on it may fail for good, and what depends on it is skipped.
   */
  private static int maxFailures(PlanTask task, int level, RetryPolicy defaultRetry) {
    int attempts = (task.retry() != null ? task.retry() : defaultRetry).maxAttempts();
    int cap = level < UNRECOVERABLE_LEVEL ? attempts - 1 : attempts;
    return Math.min(cap, 1 + level / 3);
  }

  /** A random topological order: each step picks any task whose dependencies are listed. */
  private static List<PlanTask> shuffledKeepingDependencies(
      List<PlanTask> tasks, RandomGenerator random) {
    Map<String, PlanTask> pending = new LinkedHashMap<>();
    tasks.forEach(t -> pending.put(t.id(), t));
    Set<String> placed = new HashSet<>();
    var order = new ArrayList<PlanTask>();
    while (!pending.isEmpty()) {
      List<PlanTask> ready =
          pending.values().stream()
              .filter(
                  t ->
                      t.dependsOn().stream()
                          .allMatch(d -> placed.contains(d) || !pending.containsKey(d)))
              .toList();
      PlanTask next = ready.get(random.nextInt(ready.size()));
      order.add(next);
      placed.add(next.id());
      pending.remove(next.id());
    }
    return order;
  }
}
