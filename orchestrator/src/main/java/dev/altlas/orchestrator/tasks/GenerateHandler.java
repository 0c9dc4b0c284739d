package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ai.generate} → {@code {text}}. With a {@code schema} the text is the JSON answer that
 * satisfies it, so that the output has one shape whatever was asked.
 */
final class GenerateHandler extends AiHandler {
  private static final double MAX_TEMPERATURE = 2.0;

  GenerateHandler(ModelPort models) {
    super("ai.generate", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    Params p = context.params();
    Map<String, Object> schema = schema(p);
    var request =
        new GenerateRequest(
            p.string("prompt"),
            p.optionalString("system").orElse(null),
            schema,
            maxTokens(p),
            temperature(p).orElse(null));
    Object answer = used(context, models.generate(request));
    return Map.of(
        "text",
        schema == null ? String.valueOf(answer) : TextInput.JSON.writeValueAsString(answer));
  }

  private static Map<String, Object> schema(Params p) throws TaskFailure {
    if (p.get("schema").isEmpty()) {
      return null;
    }
    var schema = new LinkedHashMap<String, Object>();
    p.object("schema").forEach((k, v) -> schema.put(String.valueOf(k), v));
    return schema;
  }

  private static Integer maxTokens(Params p) throws TaskFailure {
    if (p.get("max_tokens").isEmpty()) {
      return null;
    }
    return (int) p.integer("max_tokens", 0, 1, Integer.MAX_VALUE);
  }

  private static Optional<Double> temperature(Params p) throws TaskFailure {
    Optional<Object> value = p.get("temperature");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double t;
    if (value.get() instanceof Number n) {
      t = n.doubleValue();
    } else {
      try {
        t = Double.parseDouble(String.valueOf(value.get()).strip());
      } catch (NumberFormatException e) {
        throw TaskFailure.badParam("temperature", "must be a number, not '" + value.get() + "'");
      }
    }
    if (!(t >= 0 && t <= MAX_TEMPERATURE)) {
      throw TaskFailure.badParam("temperature", "must be between 0 and 2, not " + t);
    }
    return Optional.of(t);
  }
}
