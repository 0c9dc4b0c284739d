package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the prototype runner's JSON: {@code id}, {@code created_at}, {@code title}, {@code
 * description}, lowercase {@code mode}, {@code tasks[]} with {@code description}, a free {@code
 * parameters} map, {@code dependencies} (may be null), {@code timeout_seconds} and {@code
 * retry_count}, and {@code metadata} with {@code priority} and {@code tags}.
 */
final class RunnerReader {
  private RunnerReader() {}

  static LegacyDocument read(LegacyNode root) {
    var details = new LinkedHashMap<String, Object>();
    root.text("version").ifPresent(v -> details.put("original_version", v));
    List<LegacyNode> entries = HeaderFields.steps(root, "tasks", "tasks");
    HeaderFields header = HeaderFields.read(root, details);
    var tasks = new ArrayList<LegacyTask>();
    for (LegacyNode entry : entries) {
      tasks.add(task(entry));
    }
    // The runner had no command; its title and description are the closest words to one.
    String command =
        Stream.of(root.text("title").orElse(""), root.text("description").orElse(""))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("\n"));
    return new LegacyDocument(
        LegacyFormat.RUNNER_JSON,
        root.text("id").orElse(null),
        root.text("created_at").orElse(null),
        command,
        root.text("language").orElse(null),
        root.text("mode").orElse(null),
        root.text("persona").orElse(null),
        root.integer("chaos_level").orElse(null),
        header.priority(),
        header.tags(),
        details,
        tasks,
        List.of());
  }

  private static LegacyTask task(LegacyNode entry) {
    return new LegacyTask(
        entry.path(),
        entry.text("id").orElse(null),
        entry.text("task_type").or(() -> entry.text("type")).orElse(null),
        entry.text("description").orElse(""),
        entry.mapping("parameters").map(LegacyNode::asMap).orElse(Map.of()),
        HeaderFields.dependencies(entry),
        entry.integer("timeout_seconds").orElse(null),
        entry.integer("retry_count").orElse(null),
        Map.of());
  }
}
