package dev.altlas.model;

import java.util.List;
import java.util.Map;

/**
 * Which planner wrote a plan and what it could not do.
 *
 * @param name {@code rules}, {@code llm}, {@code atlas}, {@code legacy-import} or a custom name
 * @param warnings plain statements of what the planner could not map or had to assume
 * @param details planner-specific facts, e.g. the atlas pattern a plan was reused from
 */
public record PlannerInfo(String name, List<String> warnings, Map<String, Object> details) {

  public PlannerInfo {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    details = details == null ? Map.of() : Values.immutableMap(details);
  }
}
