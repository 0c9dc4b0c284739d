package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the prototype segmentation service's YAML: {@code command}, capitalised {@code mode},
 * {@code segments[]} with {@code task_type}, {@code content} and {@code parameters[]} of {@code
 * {name, value, type, required, description}}.
 */
final class SegmentationReader {
  private SegmentationReader() {}

  static LegacyDocument read(LegacyNode root) {
    var warnings = new ArrayList<String>();
    var details = new LinkedHashMap<String, Object>();
    root.text("version").ifPresent(v -> details.put("original_version", v));
    List<LegacyNode> segments = HeaderFields.steps(root, "segments", "segments");
    HeaderFields header = HeaderFields.read(root, details);
    var tasks = new ArrayList<LegacyTask>();
    for (LegacyNode segment : segments) {
      tasks.add(segment(segment, warnings));
    }
    return new LegacyDocument(
        LegacyFormat.SEGMENTATION_YAML,
        root.text("id").orElse(null),
        root.text("created_at").orElse(null),
        root.text("command").orElse(null),
        root.text("language").orElse(null),
        root.text("mode").orElse(null),
        root.text("persona").orElse(null),
        root.integer("chaos_level").orElse(null),
        header.priority(),
        header.tags(),
        details,
        tasks,
        warnings);
  }

  private static LegacyTask segment(LegacyNode segment, List<String> warnings) {
    String id = segment.text("id").orElse(null);
    return new LegacyTask(
        segment.path(),
        id,
        segment.text("task_type").orElse(null),
        segment.text("content").orElse(""),
        parameters(segment, id == null ? segment.path() : id, warnings),
        HeaderFields.dependencies(segment),
        null,
        null,
        segment.mapping("metadata").map(LegacyNode::asMap).orElse(Map.of()));
  }

  /** {@code parameters[]} as a map; a plain mapping is accepted too, as some files wrote it. */
  private static Map<String, Object> parameters(
      LegacyNode segment, String segmentName, List<String> warnings) {
    Optional<LegacyNode> field = segment.field("parameters");
    if (field.isPresent() && field.get().node().isObject()) {
      return field.get().asMap();
    }
    var params = new LinkedHashMap<String, Object>();
    for (LegacyNode p : segment.list("parameters")) {
      p.requireMapping();
      String name =
          p.text("name")
              .filter(n -> !n.isBlank())
              .orElseThrow(
                  () ->
                      new LegacyFormatException(
                          p.pathOf("name"), "missing; every parameter needs a name"));
      Object value = p.field("value").map(LegacyNode::value).orElse(null);
      if (params.containsKey(name)) {
        warnings.add(
            "legacy task '"
                + segmentName
                + "' gives parameter '"
                + name
                + "' twice; the last value is used");
      }
      params.put(name, value);
    }
    return params;
  }
}
