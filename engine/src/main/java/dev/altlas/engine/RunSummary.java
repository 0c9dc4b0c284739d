package dev.altlas.engine;

import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-paragraph account of a run that a person reads first. */
final class RunSummary {
  private RunSummary() {}

  static String describe(RunStatus status, List<TaskResult> tasks, Duration took) {
    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
    tasks.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
    String tally =
        counts.entrySet().stream()
            .map(
                e ->
                    e.getValue()
                        + " "
                        + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", "));
    var sb =
        new StringBuilder()
            .append("Run ")
            .append(status.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" in ")
            .append(seconds(took))
            .append(": ")
            .append(tasks.size())
            .append(tasks.size() == 1 ? " task, " : " tasks, ")
            .append(tally)
            .append('.');
    tasks.stream()
        .filter(t -> t.error() != null && t.status() != TaskStatus.SKIPPED)
        .forEach(
            t ->
                sb.append(' ')
                    .append(t.id())
                    .append(": ")
                    .append(t.error().code())
                    .append(" — ")
                    .append(t.error().message())
                    .append('.'));
    return sb.toString();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
