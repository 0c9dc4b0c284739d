package dev.altlas.segmentation.llm;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import java.util.ArrayList;
import java.util.List;

/**
 * The task catalog as the model reads it: one line per type (with its output, which references
 * point into) and one per parameter, compact because it goes into every prompt.
 */
final class CatalogText {
  private CatalogText() {}

  static String of(TaskCatalog catalog) {
    var text = new StringBuilder();
    for (TaskType type : catalog.types()) {
      text.append(type.type());
      if (type.sideEffect()) {
        text.append(" [side effect]");
      }
      text.append(" — ").append(type.description());
      text.append(" Output: ").append(type.output()).append('\n');
      for (ParamSpec param : type.params()) {
        text.append("  ")
            .append(param.name())
            .append(" (")
            .append(String.join(", ", traits(param)))
            .append("): ")
            .append(param.description())
            .append('\n');
      }
    }
    return text.toString();
  }

  private static List<String> traits(ParamSpec param) {
    var traits = new ArrayList<String>();
    traits.add(param.type().wireName());
    if (param.required()) {
      traits.add("required");
    }
    if (!param.allowed().isEmpty()) {
      traits.add("one of " + String.join("|", param.allowed()));
    }
    if (param.min() != null) {
      traits.add("min " + param.min());
    }
    if (param.defaultValue() != null) {
      traits.add("default " + param.defaultValue());
    }
    return traits;
  }
}
