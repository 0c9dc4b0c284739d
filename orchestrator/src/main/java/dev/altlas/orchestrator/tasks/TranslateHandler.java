package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.Map;

/** {@code ai.translate} → {@code {text}}. */
final class TranslateHandler extends AiHandler {

  TranslateHandler(ModelPort models) {
    super("ai.translate", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    String text = TextInput.of(context.params(), "text");
    String target = context.params().string("target_language").strip();
    if (target.isEmpty()) {
      throw TaskFailure.badParam("target_language", "is empty");
    }
    String source = context.params().optionalString("source_language").orElse(null);
    return Map.of("text", used(context, models.translate(text, source, target)));
  }
}
