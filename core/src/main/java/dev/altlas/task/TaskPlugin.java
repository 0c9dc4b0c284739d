package dev.altlas.task;

import java.util.List;

/**
 * A set of task handlers, found with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.altlas.task.TaskPlugin}). The runner gives each plugin the settings it was
 * started with and the services handlers may use.
 */
public interface TaskPlugin {

  List<TaskHandler> handlers(TaskEnvironment environment);
}
