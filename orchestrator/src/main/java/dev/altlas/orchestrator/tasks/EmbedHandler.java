package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ai.embed} → {@code {vector, dimensions, model}}. */
final class EmbedHandler extends AiHandler {

  EmbedHandler(ModelPort models) {
    super("ai.embed", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    String text = TextInput.of(context.params(), "text");
    ModelReply<List<float[]>> reply = models.embed(List.of(text));
    float[] vector = used(context, reply).getFirst();
    var values = new ArrayList<Float>(vector.length);
    for (float x : vector) {
      values.add(x);
    }
    return Map.of("vector", values, "dimensions", vector.length, "model", reply.model());
  }
}
