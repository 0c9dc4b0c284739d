package dev.altlas.engine;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** The handlers the engine can run, by task type. */
public final class TaskHandlers {
  private final Map<String, TaskHandler> byType = new HashMap<>();

  public TaskHandlers(Collection<TaskHandler> handlers) {
    for (TaskHandler h : handlers) {
      if (byType.put(h.type(), h) != null) {
        throw new IllegalArgumentException("two handlers for task type " + h.type());
      }
    }
  }

  /** Every handler of every {@link TaskPlugin} on the class path. */
  public static TaskHandlers discover(TaskEnvironment environment) {
    var all = new java.util.ArrayList<TaskHandler>();
    for (TaskPlugin plugin : ServiceLoader.load(TaskPlugin.class)) {
      all.addAll(plugin.handlers(environment));
    }
    return new TaskHandlers(all);
  }

  public Optional<TaskHandler> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /**
   * @throws IllegalArgumentException naming the task types of the plan that no handler runs
   */
  void requireAll(Plan plan) {
    var missing = new TreeSet<String>();
    for (PlanTask t : plan.tasks()) {
      if (!byType.containsKey(t.type())) {
        missing.add(t.type());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "this runner has no handler for task type(s) " + String.join(", ", missing));
    }
  }
}
