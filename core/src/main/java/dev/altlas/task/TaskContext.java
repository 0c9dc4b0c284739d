package dev.altlas.task;

import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import java.util.Optional;

/** What a handler knows about the task it runs and what it may use. */
public interface TaskContext {

  String runId();

  String taskId();

  /** The task id, or {@code ID[INDEX]} for an item of a {@code for_each}. */
  String taskKey();

  /** 1 for the first attempt. */
  int attempt();

  /** Parameters with references resolved and catalog defaults applied. */
  Params params();

  /**
   * Runs {@code effect} unless an effect with this task's idempotency key and {@code name} already
   * happened, in which case it returns what that one returned. Use it for everything that changes
   * the world outside the run (sending, writing, posting).
   *
   * @param name distinguishes several effects of one task, e.g. {@code send}
   */
  Object once(String name, SideEffect effect) throws TaskFailure, InterruptedException;

  Artifacts artifacts();

  /** Records that an AI model was used, for the run's token accounting. */
  void usedModel(String model, TokenUsage usage);

  /** The decision on this approval task, once a person has made it. */
  Optional<Decision> decision();
}
