package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.Scored;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ai.rank} → {@code {items, count}}: the items, best first, each with a {@code score}. A map
 * item keeps its fields (a {@code score} it had is replaced); a text item becomes {@code {text,
 * score}} and any other value {@code {value, score}}.
 */
final class RankHandler extends AiHandler {

  RankHandler(ModelPort models) {
    super("ai.rank", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    List<?> items = context.params().list("items");
    String query = context.params().string("query");
    Optional<String> field = context.params().optionalString("field");
    var texts = new ArrayList<String>(items.size());
    for (int i = 0; i < items.size(); i++) {
      texts.add(textOf(items.get(i), field, i));
    }
    List<Scored> scored = used(context, models.rank(texts, query));
    var ranked = new ArrayList<Map<String, Object>>(scored.size());
    for (Scored s : scored) {
      ranked.add(withScore(items.get(s.index()), rounded(s.score())));
    }
    return Map.of("items", ranked, "count", ranked.size());
  }

  /**
   * The named field; else a field that usually holds text (summary, content, text); else the first
   * text field of the item.
   */
  private static String textOf(Object item, Optional<String> field, int index) throws TaskFailure {
    if (!(item instanceof Map<?, ?> map)) {
      return TextInput.asText(item);
    }
    if (field.isPresent()) {
      if (!map.containsKey(field.get())) {
        throw TaskFailure.badParam(
            "field", "names '" + field.get() + "', which item " + (index + 1) + " does not have");
      }
      return TextInput.asText(map.get(field.get()));
    }
    for (String known : List.of("summary", "content", "text")) {
      if (map.get(known) instanceof String s) {
        return s;
      }
    }
    for (Object value : map.values()) {
      if (value instanceof String s) {
        return s;
      }
    }
    return TextInput.asText(map);
  }

  private static Map<String, Object> withScore(Object item, double score) {
    var out = new LinkedHashMap<String, Object>();
    switch (item) {
      case Map<?, ?> map -> map.forEach((k, v) -> out.put(String.valueOf(k), v));
      case String s -> out.put("text", s);
      default -> out.put("value", item);
    }
    out.put("score", score);
    return out;
  }
}
