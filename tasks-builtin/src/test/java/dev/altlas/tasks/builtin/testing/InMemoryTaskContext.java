package dev.altlas.tasks.builtin.testing;

import dev.altlas.model.TokenUsage;
import dev.altlas.run.Decision;
import dev.altlas.task.Artifacts;
import dev.altlas.task.Params;
import dev.altlas.task.SideEffect;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.artifacts.LocalArtifacts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Our own {@link TaskContext} for handler tests: {@code once} remembers results in a map (as the
 * runner's store would), artifacts live in a directory, a decision can be set. Running a handler
 * twice on one context is a retry of the same task.
 */
public final class InMemoryTaskContext implements TaskContext {
  private final Params params;
  private final Artifacts artifacts;
  private final Map<String, Object> recorded;
  private final Map<String, Integer> performed;
  private final Decision decision;
  private final String runId;
  private final String taskKey;

  private InMemoryTaskContext(
      Params params,
      Artifacts artifacts,
      Map<String, Object> recorded,
      Map<String, Integer> performed,
      Decision decision) {
    this(params, artifacts, recorded, performed, decision, "run-1", "task-1");
  }

  private InMemoryTaskContext(
      Params params,
      Artifacts artifacts,
      Map<String, Object> recorded,
      Map<String, Integer> performed,
      Decision decision,
      String runId,
      String taskKey) {
    this.runId = runId;
    this.taskKey = taskKey;
    this.params = params;
    this.artifacts = artifacts;
    this.recorded = recorded;
    this.performed = performed;
    this.decision = decision;
  }

  public static InMemoryTaskContext of(Path artifactsDir, Map<String, ?> params) {
    return new InMemoryTaskContext(
        new Params(Map.copyOf(params)),
        new LocalArtifacts(artifactsDir),
        new HashMap<>(),
        new HashMap<>(),
        null);
  }

  /** The same task (same recorded effects and artifacts) with other parameters. */
  public InMemoryTaskContext withParams(Map<String, ?> newParams) {
    return new InMemoryTaskContext(
        new Params(Map.copyOf(newParams)), artifacts, recorded, performed, decision);
  }

  /** Another task (or another run's), with the same parameters and nothing recorded yet. */
  public InMemoryTaskContext asTask(String newRunId, String newTaskKey) {
    return new InMemoryTaskContext(
        params, artifacts, new HashMap<>(), new HashMap<>(), decision, newRunId, newTaskKey);
  }

  public InMemoryTaskContext withDecision(Decision newDecision) {
    return new InMemoryTaskContext(params, artifacts, recorded, performed, newDecision);
  }

  /** How often the effect with this name really ran. */
  public int performed(String name) {
    return performed.getOrDefault(name, 0);
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public String taskId() {
    return "task-1";
  }

  @Override
  public String taskKey() {
    return taskKey;
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
    if (recorded.containsKey(name)) {
      return recorded.get(name);
    }
    Object result = effect.perform();
    performed.merge(name, 1, Integer::sum);
    recorded.put(name, result);
    return result;
  }

  @Override
  public Artifacts artifacts() {
    return artifacts;
  }

  @Override
  public void usedModel(String model, TokenUsage usage) {
    throw new UnsupportedOperationException("built-in tasks use no model");
  }

  @Override
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }
}
