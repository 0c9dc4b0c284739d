package dev.altlas.tasks.builtin;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;

/**
 * {@code unsupported}: a step the planner could not map. It always fails, with the planner's
 * reason, so that the run shows what was not understood instead of pretending to do it.
 */
public final class UnsupportedTaskHandler implements TaskHandler {

  @Override
  public String type() {
    return TaskCatalog.UNSUPPORTED;
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    String reason =
        params
            .optionalString("reason")
            .orElse("no task type fits '" + params.optionalString("text").orElse("") + "'");
    throw new TaskFailure("plan.unsupported", reason, false);
  }
}
