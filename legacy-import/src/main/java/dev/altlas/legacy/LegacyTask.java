package dev.altlas.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a legacy plan, in either shape, before it is mapped onto the catalog.
 *
 * @param path where the step is in the legacy document, e.g. {@code segments[2]}
 * @param originalId the legacy id as written; null when the step had none
 * @param kind the segmentation {@code task_type}; null when the step names no type
 * @param text the segment's {@code content} or the task's {@code description}; may be empty
 * @param params the legacy parameters by their legacy names; values may be null
 * @param metadata the segment's free metadata; empty for runner tasks
 */
record LegacyTask(
    String path,
    String originalId,
    String kind,
    String text,
    Map<String, Object> params,
    List<String> dependencies,
    Long timeoutSeconds,
    Long retryCount,
    Map<String, Object> metadata) {

  LegacyTask {
    text = text == null ? "" : text;
    // Legacy values may be null, which Map.copyOf refuses.
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    dependencies = List.copyOf(dependencies);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** How warnings and reasons name the step: by its legacy id, else by its place. */
  String label() {
    return "legacy task '" + (originalId == null ? path : originalId) + "'";
  }
}
