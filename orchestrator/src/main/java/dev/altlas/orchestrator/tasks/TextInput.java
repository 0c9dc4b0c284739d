package dev.altlas.orchestrator.tasks;

import dev.altlas.task.Params;
import dev.altlas.task.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text a task should read, whatever shape an earlier task's output gave it: a string, a result
 * such as {@code fs.read}'s {@code {path, content}} or {@code ai.summarize}'s {@code {summary}}, or
 * a list of either (joined as paragraphs).
 */
final class TextInput {
  /** Fields that hold the text of the outputs of fs.read, http.request and the ai.* tasks. */
  static final List<String> TEXT_FIELDS = List.of("content", "text", "summary", "body");

  static final JsonMapper JSON = JsonMapper.builder().build();

  private TextInput() {}

  static String of(Params params, String name) throws TaskFailure {
    Object value = params.get(name).orElseThrow(() -> TaskFailure.badParam(name, "is required"));
    String text = asText(value);
    if (text.isBlank()) {
      throw TaskFailure.badParam(name, "has no text to work on");
    }
    return text;
  }

  static String asText(Object value) {
    return switch (value) {
      case null -> "";
      case String s -> s;
      case Map<?, ?> map -> {
        for (String field : TEXT_FIELDS) {
          if (map.get(field) instanceof String s) {
            yield s;
          }
        }
        yield JSON.writeValueAsString(map);
      }
      case List<?> list -> {
        var parts = new ArrayList<String>(list.size());
        for (Object item : list) {
          String part = asText(item);
          if (!part.isBlank()) {
            parts.add(part);
          }
        }
        yield String.join("\n\n", parts);
      }
      default -> String.valueOf(value);
    };
  }

  /** A list parameter of non-empty strings, e.g. labels or fields. */
  static List<String> strings(Params params, String name) throws TaskFailure {
    List<?> list = params.list(name);
    if (list.isEmpty()) {
      throw TaskFailure.badParam(name, "is empty");
    }
    var strings = new ArrayList<String>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof String || item instanceof Number) || String.valueOf(item).isBlank()) {
        throw TaskFailure.badParam(name, "item " + (i + 1) + " must be a non-empty text");
      }
      String s = String.valueOf(item).strip();
      if (!strings.contains(s)) {
        strings.add(s);
      }
    }
    return strings;
  }
}
