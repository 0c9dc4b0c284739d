package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fields both legacy shapes share: the plan's {@code metadata} and a step's {@code dependencies}.
 *
 * @param priority as written; null when absent
 * @param tags as written, each as text
 */
record HeaderFields(String priority, List<String> tags) {

  /**
   * Reads {@code metadata.priority} and {@code metadata.tags} (or the same names at the top level,
   * where some files put them) and copies every other metadata field into {@code details}.
   */
  static HeaderFields read(LegacyNode root, Map<String, Object> details) {
    Optional<LegacyNode> metadata = root.mapping("metadata");
    LegacyNode source = metadata.filter(m -> m.has("priority") || m.has("tags")).orElse(root);
    String priority = source.text("priority").orElse(null);
    var tags = new ArrayList<String>();
    for (LegacyNode tag : source.list("tags")) {
      tags.add(tag.asText());
    }
    metadata.ifPresent(
        m ->
            m.asMap()
                .forEach(
                    (key, value) -> {
                      if (!key.equals("priority") && !key.equals("tags") && value != null) {
                        details.put(key, value);
                      }
                    }));
    return new HeaderFields(priority, tags);
  }

  /** A step's dependencies as texts; absent or null means none. */
  static List<String> dependencies(LegacyNode step) {
    var deps = new ArrayList<String>();
    for (LegacyNode dep : step.list("dependencies")) {
      deps.add(dep.asText());
    }
    return deps;
  }

  /** The task list, which must be a non-empty list of mappings. */
  static List<LegacyNode> steps(LegacyNode root, String field, String noun) {
    if (root.field(field).isEmpty()) {
      throw new LegacyFormatException(field, "expected a list of " + noun + ", found null");
    }
    List<LegacyNode> steps = root.list(field);
    if (steps.isEmpty()) {
      throw new LegacyFormatException(
          field, "the list is empty; a plan needs at least one " + noun.replaceAll("s$", ""));
    }
    steps.forEach(LegacyNode::requireMapping);
    return steps;
  }
}
