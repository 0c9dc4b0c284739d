package dev.altlas.orchestrator.testing;

import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import dev.altlas.task.Artifacts;
import dev.altlas.task.Params;
import dev.altlas.task.SideEffect;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A task context for one attempt, remembering the models it was told about. */
public final class FakeTaskContext implements TaskContext {
  private final String runId;
  private final Params params;
  private final List<String> models = new ArrayList<>();
  private TokenUsage usage = TokenUsage.ZERO;

  public FakeTaskContext(String runId, Map<String, Object> params) {
    this.runId = runId;
    this.params = new Params(params);
  }

  public FakeTaskContext(Map<String, Object> params) {
    this("run-1", params);
  }

  public List<String> models() {
    return List.copyOf(models);
  }

  public TokenUsage usage() {
    return usage;
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public String taskId() {
    return "task";
  }

  @Override
  public String taskKey() {
    return "task";
  }

  @Override
  public int attempt() {
    return 1;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Object once(String name, SideEffect effect) throws TaskFailure, InterruptedException {
    return effect.perform();
  }

  @Override
  public Artifacts artifacts() {
    throw new UnsupportedOperationException("ai.* tasks store no artifacts");
  }

  @Override
  public void usedModel(String model, TokenUsage usage) {
    models.add(model);
    this.usage = this.usage.plus(usage);
  }

  @Override
  public Optional<Decision> decision() {
    return Optional.empty();
  }
}
