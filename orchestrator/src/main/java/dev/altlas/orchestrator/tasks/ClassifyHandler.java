package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.Scored;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ai.classify} → {@code {label, scores}}, scores by label, best first. */
final class ClassifyHandler extends AiHandler {

  ClassifyHandler(ModelPort models) {
    super("ai.classify", models);
  }

  @Override
  Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException {
    String text = TextInput.of(context.params(), "text");
    List<String> labels = TextInput.strings(context.params(), "labels");
    List<Scored> scored = used(context, models.classify(text, labels));
    var scores = new LinkedHashMap<String, Object>();
    scored.forEach(s -> scores.put(s.label(), rounded(s.score())));
    return Map.of("label", scored.getFirst().label(), "scores", scores);
  }
}
