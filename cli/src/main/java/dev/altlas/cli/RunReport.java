package dev.altlas.cli;

import dev.altlas.model.GraphEdge;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** A finished run for a person: the summary, each task, and what the final tasks produced. */
final class RunReport {
  private static final int MAX_RESULT_LINES = 40;
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .build();

  private RunReport() {}

  /**
   * @param plan the plan that ran, to say where it came from when the atlas planner reused it; null
   *     when unknown
   */
  static String of(RunResult r, Plan plan, Path lastFile) {
    var sb = new StringBuilder();
    sb.append(r.summary()).append('\n');
    PlanOrigin.of(plan).ifPresent(origin -> sb.append(origin).append('\n'));
    sb.append('\n');
    for (TaskResult t : r.tasks()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-12s %-14s %-10s %6s%n",
              t.id(),
              t.type(),
              t.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              t.durationMs() == null ? "" : t.durationMs() + " ms"));
    }
    Set<String> feeding = new HashSet<>();
    r.graph().edges().stream().map(GraphEdge::from).forEach(feeding::add);
    for (TaskResult t : r.tasks()) {
      if (!feeding.contains(t.id()) && t.status() == TaskStatus.SUCCEEDED && t.output() != null) {
        sb.append("\nResult of ").append(t.id()).append(" (").append(t.type()).append("):\n");
        sb.append(indent(clip(YAML.writeValueAsString(t.output()))));
      }
    }
    sb.append("\nThe full record: ").append(lastFile).append('\n');
    return sb.toString();
  }

  private static String clip(String text) {
    var lines = text.lines().toList();
    if (lines.size() <= MAX_RESULT_LINES) {
      return text;
    }
    return String.join("\n", lines.subList(0, MAX_RESULT_LINES))
        + "\n… ("
        + (lines.size() - MAX_RESULT_LINES)
        + " more lines in the .last file)\n";
  }

  private static String indent(String text) {
    var sb = new StringBuilder();
    text.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
    return sb.toString();
  }
}
