package dev.altlas.format;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanInput;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.plan.Condition;
import dev.altlas.plan.Reference;
import dev.altlas.plan.TaskGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a plan that a schema cannot say: the task graph, the catalog, references and chaos
 * settings. Each problem names the field it is about.
 */
public final class PlanValidator {
  private final TaskCatalog catalog;

  public PlanValidator(TaskCatalog catalog) {
    this.catalog = catalog;
  }

  /** Every problem of the plan; empty when it is valid. */
  public List<Problem> validate(Plan plan) {
    var problems = new ArrayList<Problem>();
    if (plan.chaosLevel() != null && plan.mode() != Mode.CHAOS) {
      problems.add(
          Problem.at(
              "chaos_level",
              "chaos_level is only allowed with mode chaos (mode is "
                  + String.valueOf(plan.mode()).toLowerCase(java.util.Locale.ROOT)
                  + ")"));
    }
    if (plan.defaults() != null) {
      checkRetry(plan.defaults().retry(), "defaults.retry", problems);
      checkTimeout(plan.defaults().timeout(), "defaults.timeout", problems);
    }
    if (plan.tasks().isEmpty()) {
      problems.add(Problem.at("tasks", "a plan needs at least one task"));
    }
    problems.addAll(validateTasks(plan.tasks(), "tasks", plan.mode(), plan.inputs()));
    return problems;
  }

  /**
   * The task rules alone, for task lists that live elsewhere (e.g. atlas plan templates).
   *
   * @param prefix the path of the list, e.g. {@code tasks}
   */
  public List<Problem> validateTasks(
      List<PlanTask> tasks, String prefix, Mode mode, Map<String, PlanInput> inputs) {
    var problems = new ArrayList<Problem>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      PlanTask t = tasks.get(i);
      Integer first = firstIndex.putIfAbsent(t.id(), i);
      if (first != null) {
        problems.add(
            Problem.at(
                at(prefix, i) + ".id",
                "duplicate task id '" + t.id() + "' (already used by " + at(prefix, first) + ")"));
      }
    }
    var graph = new TaskGraph(tasks);
    for (int i = 0; i < tasks.size(); i++) {
      new TaskCheck(tasks.get(i), at(prefix, i), firstIndex, graph, mode, inputs, problems).run();
    }
    graph
        .findCycle()
        .ifPresent(
            cycle ->
                problems.add(
                    Problem.at(
                        at(prefix, firstIndex.get(cycle.get(0))) + ".depends_on",
                        "dependency cycle: "
                            + String.join(" -> ", cycle)
                            + " (each task waits for the one before it)")));
    return problems;
  }

  private static String at(String prefix, int index) {
    return prefix + "[" + index + "]";
  }

  private static void checkRetry(RetryPolicy retry, String path, List<Problem> problems) {
    if (retry != null
        && retry.maxDelay() != null
        && retry.maxDelay().compareTo(retry.initialDelay()) < 0) {
      problems.add(
          Problem.at(
              path + ".max_delay",
              "max_delay ("
                  + DurationText.format(retry.maxDelay())
                  + ") is shorter than initial_delay ("
                  + DurationText.format(retry.initialDelay())
                  + ")"));
    }
  }

  private static void checkTimeout(
      java.time.Duration timeout, String path, List<Problem> problems) {
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      problems.add(Problem.at(path, "timeout must be longer than zero"));
    }
  }

  /** The checks of one task. */
  private final class TaskCheck {
    private final PlanTask task;
    private final String path;
    private final Map<String, Integer> ids;
    private final TaskGraph graph;
    private final Mode mode;
    private final Map<String, PlanInput> inputs;
    private final List<Problem> problems;
    private Set<String> upstream;

    TaskCheck(
        PlanTask task,
        String path,
        Map<String, Integer> ids,
        TaskGraph graph,
        Mode mode,
        Map<String, PlanInput> inputs,
        List<Problem> problems) {
      this.task = task;
      this.path = path;
      this.ids = ids;
      this.graph = graph;
      this.mode = mode;
      this.inputs = inputs == null ? Map.of() : inputs;
      this.problems = problems;
    }

    void run() {
      checkDependencies();
      checkType();
      checkRetry(task.retry(), path + ".retry", problems);
      checkTimeout(task.timeout(), path + ".timeout", problems);
      if (task.chaos() != null && mode != Mode.CHAOS) {
        problems.add(Problem.at(path + ".chaos", "chaos faults are only allowed with mode chaos"));
      }
      if (task.maxParallel() != null && task.forEach() == null) {
        problems.add(
            Problem.at(path + ".max_parallel", "max_parallel is only meaningful with for_each"));
      }
      if (task.forEach() != null) {
        checkForEach();
      }
      if (task.condition() != null) {
        checkCondition();
      }
      task.params().forEach((name, value) -> checkReferences(value, path + ".params." + name));
    }

    private void checkDependencies() {
      var seen = new HashSet<String>();
      for (int k = 0; k < task.dependsOn().size(); k++) {
        String dep = task.dependsOn().get(k);
        String depPath = path + ".depends_on[" + k + "]";
        if (dep.equals(task.id())) {
          problems.add(Problem.at(depPath, "task '" + task.id() + "' depends on itself"));
        } else if (!ids.containsKey(dep)) {
          problems.add(
              Problem.at(
                  depPath, "unknown task '" + dep + "'" + Suggestion.among(dep, ids.keySet())));
        } else if (!seen.add(dep)) {
          problems.add(Problem.at(depPath, "'" + dep + "' is listed twice"));
        }
      }
    }

    private void checkType() {
      var type = catalog.find(task.type());
      if (type.isEmpty()) {
        problems.add(
            Problem.at(
                path + ".type",
                "unknown task type '"
                    + task.type()
                    + "'"
                    + Suggestion.among(
                        task.type(), catalog.types().stream().map(TaskType::type).toList())));
        return;
      }
      checkParams(type.get());
    }

    private void checkParams(TaskType type) {
      Map<String, ParamSpec> specs = type.paramsByName();
      task.params()
          .forEach(
              (name, value) -> {
                ParamSpec spec = specs.get(name);
                String paramPath = path + ".params." + name;
                if (spec == null) {
                  problems.add(
                      Problem.at(
                          paramPath,
                          "unknown parameter '"
                              + name
                              + "' for "
                              + type.type()
                              + Suggestion.among(name, specs.keySet())
                              + "; its parameters are "
                              + String.join(", ", specs.keySet())));
                } else {
                  ParamValueCheck.check(spec, value, paramPath).ifPresent(problems::add);
                }
              });
      for (ParamSpec required : type.requiredParams()) {
        if (!task.params().containsKey(required.name())) {
          problems.add(
              Problem.at(
                  path + ".params." + required.name(),
                  "missing required parameter '"
                      + required.name()
                      + "' of "
                      + type.type()
                      + " ("
                      + required.description()
                      + ")"));
        }
      }
    }

    private void checkForEach() {
      String fePath = path + ".for_each";
      List<Reference> refs = parse(task.forEach(), fePath, false);
      if (refs != null && (refs.size() != 1 || !Reference.isWhole(task.forEach().trim()))) {
        problems.add(
            Problem.at(
                fePath,
                "for_each must be exactly one reference to a list, e.g. ${tasks.list.output.files}"));
      }
    }

    private void checkCondition() {
      String condPath = path + ".condition";
      try {
        Condition.parse(task.condition());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(condPath, e.getMessage()));
        return;
      }
      parse(task.condition(), condPath, task.forEach() != null);
    }

    private void checkReferences(Object value, String valuePath) {
      if (value instanceof String s) {
        parse(s, valuePath, task.forEach() != null);
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> checkReferences(v, valuePath + "." + k));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          checkReferences(list.get(i), valuePath + "[" + i + "]");
        }
      }
    }

    /** The references in {@code text}, each checked; null when the text has a malformed one. */
    private List<Reference> parse(String text, String textPath, boolean itemAllowed) {
      List<Reference> refs;
      try {
        refs = Reference.findAll(text);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(textPath, e.getMessage()));
        return null;
      }
      for (Reference ref : refs) {
        checkReference(ref, textPath, itemAllowed);
      }
      return refs;
    }

    private void checkReference(Reference ref, String refPath, boolean itemAllowed) {
      switch (ref.root()) {
        case ITEM -> {
          if (!itemAllowed) {
            problems.add(
                Problem.at(refPath, ref.text() + " is only available in a task with for_each"));
          }
        }
        case INPUTS -> {
          if (!inputs.containsKey(ref.name())) {
            problems.add(
                Problem.at(
                    refPath,
                    ref.text()
                        + " refers to input '"
                        + ref.name()
                        + "', which the plan does not declare under inputs"));
          }
        }
        case TASKS -> checkTaskReference(ref, refPath);
      }
    }

    private void checkTaskReference(Reference ref, String refPath) {
      if (!ids.containsKey(ref.name())) {
        problems.add(
            Problem.at(
                refPath,
                ref.text()
                    + " refers to unknown task '"
                    + ref.name()
                    + "'"
                    + Suggestion.among(ref.name(), ids.keySet())));
        return;
      }
      if (upstream == null) {
        upstream = graph.upstreamOf(task.id());
      }
      if (!upstream.contains(ref.name())) {
        problems.add(
            Problem.at(
                refPath,
                ref.text()
                    + " refers to task '"
                    + ref.name()
                    + "', which is not upstream of '"
                    + task.id()
                    + "' (add it to depends_on)"));
      }
    }
  }
}
