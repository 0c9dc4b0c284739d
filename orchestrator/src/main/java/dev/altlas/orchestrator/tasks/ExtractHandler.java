package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.List;
import java.util.Map;

/** {@code ai.extract} → {@code {values}}: for each field asked, the values found. */
final class ExtractHandler extends AiHandler {

  ExtractHandler(ModelPort models) {
    super("ai.extract", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    String text = TextInput.of(context.params(), "text");
    List<String> fields = TextInput.strings(context.params(), "fields");
    Map<String, List<String>> values = used(context, models.extract(text, fields));
    return Map.of("values", values);
  }
}
