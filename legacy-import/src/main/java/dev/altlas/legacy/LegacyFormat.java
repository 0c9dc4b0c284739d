package dev.altlas.legacy;

import java.util.List;

/** The two plan shapes the prototypes left behind. */
public enum LegacyFormat {
  /** The prototype segmentation service's YAML: {@code segments[]} with {@code task_type}. */
  SEGMENTATION_YAML("segmentation-yaml", "segments"),
  /**
   * The prototype runner's JSON: {@code tasks[]} with {@code description} and {@code parameters}.
   */
  RUNNER_JSON("runner-json", "tasks");

  private final String wireName;
  private final String taskListField;

  LegacyFormat(String wireName, String taskListField) {
    this.wireName = wireName;
    this.taskListField = taskListField;
  }

  /** The name written to {@code planner.details.source_format}. */
  public String wireName() {
    return wireName;
  }

  /** The top-level field that holds the tasks. */
  String taskListField() {
    return taskListField;
  }

  /**
   * Which shape a parsed document has.
   *
   * @throws LegacyFormatException naming what was expected when it has neither
   */
  static LegacyFormat of(LegacyNode root) {
    if (root.has("segments")) {
      return SEGMENTATION_YAML;
    }
    if (!root.has("tasks")) {
      throw new LegacyFormatException(
          "",
          "expected a legacy plan: a segmentation YAML with 'segments' or a runner JSON with"
              + " 'tasks'; found "
              + (root.fieldNames().isEmpty()
                  ? "no fields"
                  : "only " + String.join(", ", root.fieldNames())));
    }
    // A non-list is still the runner shape; its reader reports the wrong type by name.
    List<LegacyNode> entries = root.rawList("tasks");
    boolean runnerEntries =
        entries.isEmpty()
            || entries.stream().anyMatch(e -> e.has("description") || e.has("parameters"));
    if (runnerEntries) {
      return RUNNER_JSON;
    }
    boolean altEntries = entries.stream().anyMatch(e -> e.has("type") || e.has("params"));
    throw new LegacyFormatException(
        "tasks",
        altEntries
            ? "the tasks have 'type' and 'params', so this is a current .alt plan, not a legacy"
                + " one; read it as a plan"
            : "expected runner tasks with 'description' and 'parameters'; no task has either");
  }
}
