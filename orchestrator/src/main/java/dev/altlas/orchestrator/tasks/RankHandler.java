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
 *
 * <p>An empty item (null, as a skipped or failed step leaves in a list) has nothing to match, so it
 * is not shown to the model and comes last with score 0, in its original order: like a missing
 * value in {@code data.sort}, it stays in the list rather than failing the whole ranking.
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
    var ranked = new ArrayList<Map<String, Object>>(items.size());
    var texts = new ArrayList<String>(items.size());
    var present = new ArrayList<Object>(items.size());
    var empty = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null) {
        empty.add(withScore(null, 0));
      } else {
        texts.add(textOf(item, field, i));
        present.add(item);
      }
    }
    if (!texts.isEmpty()) {
      for (Scored s : used(context, models.rank(texts, query))) {
        ranked.add(withScore(present.get(s.index()), rounded(s.score())));
      }
    }
    ranked.addAll(empty);
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
      case null, default -> out.put("value", item);
    }
    out.put("score", score);
    return out;
  }
}
