package dev.altlas.orchestrator.tasks;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.orchestrator.routing.Caller;
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;

/**
 * What every {@code ai.*} handler does around its model call: attributes usage to the run, records
 * the model and tokens on the task, and turns a model failure into a task failure with the same
 * code and retryability.
 */
abstract class AiHandler implements TaskHandler {
  private final String type;
  private final ModelPort models;

  AiHandler(String type, ModelPort models) {
    this.type = type;
    this.models = models;
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    try {
      return run(context, modelsFor(context));
    } catch (ModelException e) {
      throw new TaskFailure(e.code(), e.getMessage(), e.retryable(), e);
    }
  }

  abstract Object run(TaskContext context, ModelPort models)
      throws TaskFailure, ModelException, InterruptedException;

  /** The reply's value, after recording its model and usage on the task. */
  static <T> T used(TaskContext context, ModelReply<T> reply) {
    context.usedModel(reply.model(), reply.usage());
    return reply.value();
  }

  static double rounded(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  private ModelPort modelsFor(TaskContext context) {
    // The task context does not know the run's user yet; usage is attributed to the run.
    return models instanceof ModelRouter router
        ? router.forCaller(new Caller(context.runId(), null))
        : models;
  }
}
