package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelPort;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import java.util.List;
import java.util.Objects;

/** The {@code ai.*} tasks, on the environment's model port (the router). */
public final class AiTaskPlugin implements TaskPlugin {

  @Override
  public List<TaskHandler> handlers(TaskEnvironment environment) {
    ModelPort models =
        Objects.requireNonNull(
            environment.models(), "the ai.* tasks need a model port in the task environment");
    return List.of(
        new GenerateHandler(models),
        new SummarizeHandler(models),
        new ClassifyHandler(models),
        new ExtractHandler(models),
        new RankHandler(models),
        new TranslateHandler(models),
        new EmbedHandler(models));
  }
}
