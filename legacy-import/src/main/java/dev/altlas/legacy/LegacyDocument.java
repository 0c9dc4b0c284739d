package dev.altlas.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A legacy plan read from either shape into one set of fields, before any mapping. Header values
 * are kept as written; deciding what they mean is the assembler's job.
 *
 * @param command the segmentation {@code command}, or the runner's title and description
 * @param details facts kept for {@code planner.details}, e.g. the original version
 * @param warnings what the reader had to assume
 */
record LegacyDocument(
    LegacyFormat format,
    String id,
    String createdAt,
    String command,
    String language,
    String mode,
    String persona,
    Long chaosLevel,
    String priority,
    List<String> tags,
    Map<String, Object> details,
    List<LegacyTask> tasks,
    List<String> warnings) {

  LegacyDocument {
    tags = List.copyOf(tags);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    tasks = List.copyOf(tasks);
    warnings = List.copyOf(warnings);
  }
}
