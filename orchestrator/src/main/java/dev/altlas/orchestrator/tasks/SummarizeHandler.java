package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.Map;

/** {@code ai.summarize} → {@code {summary}}. */
final class SummarizeHandler extends AiHandler {
  private static final int MAX_SENTENCES = 100;

  SummarizeHandler(ModelPort models) {
    super("ai.summarize", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    String text = TextInput.of(context.params(), "text");
    int sentences = (int) context.params().integer("max_sentences", 3, 1, MAX_SENTENCES);
    String language = context.params().optionalString("language").orElse(null);
    String summary = used(context, models.summarize(text, sentences, language));
    return Map.of("summary", summary);
  }
}
