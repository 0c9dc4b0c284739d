package dev.altlas.segmentation;

import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskMetadata;
import dev.altlas.plan.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task while the plan is being written. Its dependencies are not set by hand: they are the tasks
 * its parameters and {@code for_each} refer to, plus the few it must wait for without using their
 * data (an approval, a file written earlier).
 */
final class TaskDraft {
  private final String id;
  private final String type;
  private final String sourceText;
  private final Map<String, Object> params = new LinkedHashMap<>();
  private final Set<String> waitsFor = new LinkedHashSet<>();
  private String forEach;
  private Integer maxParallel;
  private RetryPolicy retry;
  private double confidence;
  private String rationale;
  private String variant;

  TaskDraft(String id, String type, String sourceText) {
    this.id = id;
    this.type = type;
    this.sourceText = sourceText;
  }

  String id() {
    return id;
  }

  String type() {
    return type;
  }

  String sourceText() {
    return sourceText;
  }

  Map<String, Object> params() {
    return params;
  }

  Object param(String name) {
    return params.get(name);
  }

  String forEach() {
    return forEach;
  }

  double confidence() {
    return confidence;
  }

  String variant() {
    return variant;
  }

  /** Sets a parameter; a null value leaves it out. */
  TaskDraft param(String name, Object value) {
    if (value != null) {
      params.put(name, value);
    }
    return this;
  }

  TaskDraft forEach(String listRef, int parallel) {
    this.forEach = listRef;
    this.maxParallel = parallel;
    return this;
  }

  TaskDraft waitFor(String taskId) {
    waitsFor.add(taskId);
    return this;
  }

  TaskDraft retry(RetryPolicy policy) {
    this.retry = policy;
    return this;
  }

  TaskDraft because(String why, double sure) {
    this.rationale = why;
    this.confidence = Math.round(Math.max(0, Math.min(1, sure)) * 100) / 100.0;
    return this;
  }

  TaskDraft variant(String name) {
    this.variant = name;
    return this;
  }

  /** The same task under another id, for explore branches and dream variants. */
  TaskDraft copy(String newId) {
    var copy = new TaskDraft(newId, type, sourceText);
    copy.params.putAll(params);
    copy.waitsFor.addAll(waitsFor);
    copy.forEach = forEach;
    copy.maxParallel = maxParallel;
    copy.retry = retry;
    copy.confidence = confidence;
    copy.rationale = rationale;
    copy.variant = variant;
    return copy;
  }

  /** Rewrites references to {@code from} so that they point at {@code to}. */
  void redirect(String from, String to) {
    String old = "${tasks." + from + ".";
    String now = "${tasks." + to + ".";
    params.replaceAll((name, value) -> redirect(value, old, now));
    if (forEach != null) {
      forEach = forEach.replace(old, now);
    }
  }

  private static Object redirect(Object value, String old, String now) {
    if (value instanceof String s) {
      return s.replace(old, now);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> redirect(v, old, now)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), redirect(v, old, now)));
      return copy;
    }
    return value;
  }

  /** The tasks this one refers to or waits for, in the order they first appear. */
  List<String> dependsOn() {
    var deps = new LinkedHashSet<String>();
    if (forEach != null) {
      collectTaskReferences(forEach, deps);
    }
    params.values().forEach(v -> collectTaskReferences(v, deps));
    deps.addAll(waitsFor);
    deps.remove(id);
    return new ArrayList<>(deps);
  }

  private static void collectTaskReferences(Object value, Set<String> into) {
    if (value instanceof String s) {
      for (Reference ref : Reference.findAll(s)) {
        if (ref.root() == Reference.Root.TASKS) {
          into.add(ref.name());
        }
      }
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectTaskReferences(v, into));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collectTaskReferences(v, into));
    }
  }

  PlanTask build(String title) {
    return new PlanTask(
        id,
        type,
        title,
        params,
        dependsOn(),
        forEach,
        forEach == null ? null : maxParallel,
        null,
        retry,
        null,
        null,
        new TaskMetadata(confidence, rationale, sourceText, variant));
  }
}
