package dev.altlas.engine;

import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import dev.altlas.run.RunStore;
import dev.altlas.task.Artifacts;
import dev.altlas.task.Params;
import dev.altlas.task.SideEffect;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.Collections;
import java.util.Optional;

/** What a handler sees during one attempt of one task. */
final class AttemptContext implements TaskContext {
  private final RunStore store;
  private final String runId;
  private final String taskId;
  private final String taskKey;
  private final int attempt;
  private final Params params;
  private final Artifacts artifacts;
  private String model;
  private TokenUsage usage = TokenUsage.ZERO;

  AttemptContext(
      RunStore store,
      String runId,
      String taskId,
      String taskKey,
      int attempt,
      Params params,
      Artifacts artifacts) {
    this.store = store;
    this.runId = runId;
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.attempt = attempt;
    this.params = params;
    this.artifacts = artifacts;
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public String taskId() {
    return taskId;
  }

  @Override
  public String taskKey() {
    return taskKey;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Object once(String name, SideEffect effect) throws TaskFailure, InterruptedException {
    String key = runId + "/" + taskKey + "/" + name;
    Optional<Object> done = store.effect(key);
    if (done.isPresent()) {
      return unwrap(done.get());
    }
    Object result = effect.perform();
    if (!store.recordEffect(key, Collections.singletonMap(RESULT, result))) {
      return store.effect(key).map(AttemptContext::unwrap).orElse(result);
    }
    return result;
  }

  /** Effects are recorded wrapped, so that one that returned nothing is still on record. */
  private static final String RESULT = "result";

  private static Object unwrap(Object recorded) {
    return recorded instanceof java.util.Map<?, ?> m ? m.get(RESULT) : recorded;
  }

  @Override
  public Artifacts artifacts() {
    return artifacts;
  }

  @Override
  public synchronized void usedModel(String newModel, TokenUsage newUsage) {
    model = newModel;
    usage = usage.plus(newUsage);
  }

  @Override
  public Optional<Decision> decision() {
    return store.decision(runId, taskId);
  }

  synchronized String model() {
    return model;
  }

  synchronized TokenUsage usage() {
    return model == null ? null : usage;
  }
}
