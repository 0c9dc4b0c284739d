package dev.altlas.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One node of a plan's task graph.
 *
 * @param id unique within the plan, {@code [a-z][a-z0-9_]*}
 * @param type a task type from the catalog
 * @param params parameter values; strings may hold references such as {@code
 *     ${tasks.list.output.files}} or, under {@code for_each}, {@code ${item}}
 * @param dependsOn ids of tasks that must finish first
 * @param forEach a reference to a list; the task runs once per item
 * @param maxParallel how many items of a {@code for_each} run at once; null for the runner's
 *     default
 * @param timeout per attempt; null for the plan default
 * @param retry null for the plan default
 * @param condition an expression; when false the task is skipped
 * @param chaos fault injected in chaos mode; null otherwise
 */
public record PlanTask(
    String id,
    String type,
    String title,
    Map<String, Object> params,
    List<String> dependsOn,
    String forEach,
    Integer maxParallel,
    Duration timeout,
    RetryPolicy retry,
    String condition,
    ChaosFault chaos,
    TaskMetadata metadata) {

  public PlanTask {
    params = params == null ? Map.of() : Values.immutableMap(params);
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }

  /** A task with only the essential fields. */
  public static PlanTask of(
      String id, String type, String title, Map<String, Object> params, List<String> dependsOn) {
    return new PlanTask(
        id, type, title, params, dependsOn, null, null, null, null, null, null, null);
  }

  public PlanTask withDependsOn(List<String> newDependsOn) {
    return new PlanTask(
        id,
        type,
        title,
        params,
        newDependsOn,
        forEach,
        maxParallel,
        timeout,
        retry,
        condition,
        chaos,
        metadata);
  }

  public PlanTask withParams(Map<String, Object> newParams) {
    return new PlanTask(
        id,
        type,
        title,
        newParams,
        dependsOn,
        forEach,
        maxParallel,
        timeout,
        retry,
        condition,
        chaos,
        metadata);
  }

  public PlanTask withChaos(ChaosFault newChaos) {
    return new PlanTask(
        id,
        type,
        title,
        params,
        dependsOn,
        forEach,
        maxParallel,
        timeout,
        retry,
        condition,
        newChaos,
        metadata);
  }
}
