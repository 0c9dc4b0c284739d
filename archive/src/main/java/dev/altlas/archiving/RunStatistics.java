package dev.altlas.archiving;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.FailurePattern;
import dev.altlas.model.Mode;
import dev.altlas.model.OutcomeStats;
import dev.altlas.model.PlanHeader;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.StatDimension;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Outcome statistics and recurring failures of archived runs, counted one run at a time: memory
 * grows with the number of groups (task types, models, modes, personas, error codes), never with
 * the number of runs.
 *
 * <p>What counts, per dimension:
 *
 * <ul>
 *   <li>{@code task_type} and {@code model}: tasks that ran to an outcome — succeeded, failed or
 *       timed out; a success is a task that succeeded. Skipped and cancelled tasks say nothing
 *       about how well a task type or model works and are left out. Latency is the task's duration.
 *   <li>{@code mode} and {@code persona}: runs that ended on their own — succeeded, partially
 *       succeeded or failed; a success is a run that fully succeeded (a partial success is not).
 *       Cancelled runs are left out. Latency is the run's duration. A plan without a mode ran as
 *       {@code normal}; one without a persona is in no persona group.
 * </ul>
 *
 * <p>Failures are tasks that failed or timed out with an error code, grouped by task type and code.
 */
final class RunStatistics {
  private final Map<StatDimension, Map<String, OutcomeTally>> groups =
      new EnumMap<>(StatDimension.class);
  private final Map<String, FailureTally> failures = new HashMap<>();
  private long runs;

  RunStatistics() {
    for (StatDimension d : StatDimension.values()) {
      // Sorted by key, so the atlas lists groups in a stable order.
      groups.put(d, new TreeMap<>());
    }
  }

  void add(ArchivedRun archived) {
    runs++;
    RunResult result = archived.result();
    addRun(result);
    for (TaskResult task : result.tasks()) {
      addTask(task, archived);
    }
  }

  long runs() {
    return runs;
  }

  private void addRun(RunResult result) {
    if (result.status() == null || result.status() == RunStatus.CANCELLED) {
      return;
    }
    boolean success = result.status() == RunStatus.SUCCEEDED;
    PlanHeader header = result.plan();
    Mode mode = header.mode() == null ? Mode.NORMAL : header.mode();
    tally(StatDimension.MODE, wire(mode)).add(success, result.durationMs());
    if (header.persona() != null) {
      tally(StatDimension.PERSONA, wire(header.persona())).add(success, result.durationMs());
    }
  }

  private void addTask(TaskResult task, ArchivedRun run) {
    TaskStatus status = task.status();
    if (status != TaskStatus.SUCCEEDED
        && status != TaskStatus.FAILED
        && status != TaskStatus.TIMED_OUT) {
      return;
    }
    boolean success = status == TaskStatus.SUCCEEDED;
    if (present(task.type())) {
      tally(StatDimension.TASK_TYPE, task.type()).add(success, task.durationMs());
    }
    if (present(task.model())) {
      tally(StatDimension.MODEL, task.model()).add(success, task.durationMs());
    }
    if (!success && present(task.type()) && task.error() != null && present(task.error().code())) {
      String type = task.type();
      String code = task.error().code();
      failures
          .computeIfAbsent(type + '\n' + code, k -> new FailureTally(type, code))
          .add(
              task.error().message(),
              task.finishedAt() != null ? task.finishedAt() : run.finishedAt());
    }
  }

  private OutcomeTally tally(StatDimension dimension, String key) {
    return groups.get(dimension).computeIfAbsent(key, k -> new OutcomeTally());
  }

  /** Every group, by dimension, then key. */
  List<OutcomeStats> stats() {
    var stats = new ArrayList<OutcomeStats>();
    groups.forEach((d, byKey) -> byKey.forEach((key, t) -> stats.add(t.stats(d, key))));
    return stats;
  }

  /** The {@code limit} most frequent failures, most frequent first, then the latest first. */
  List<FailurePattern> failures(int limit) {
    return failures.values().stream()
        .map(FailureTally::pattern)
        .sorted(
            Comparator.comparingLong(FailurePattern::count)
                .reversed()
                .thenComparing(
                    FailurePattern::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FailurePattern::taskType)
                .thenComparing(FailurePattern::errorCode))
        .limit(limit)
        .toList();
  }

  /** The error code a task type failed with most often. */
  Optional<String> commonestError(String taskType) {
    return failures.values().stream()
        .filter(f -> f.taskType().equals(taskType))
        .max(
            Comparator.comparingLong(FailureTally::count)
                .thenComparing(FailureTally::errorCode, Comparator.reverseOrder()))
        .map(FailureTally::errorCode);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
