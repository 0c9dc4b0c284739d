package dev.altlas.task;

import dev.altlas.ai.ModelPort;
import java.time.Clock;

/**
 * What task plugins are built with: settings and the services their handlers may use.
 *
 * @param models the model router (AI tasks)
 */
public record TaskEnvironment(TaskSettings settings, ModelPort models, Clock clock) {}
