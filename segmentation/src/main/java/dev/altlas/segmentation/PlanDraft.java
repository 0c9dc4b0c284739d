package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Persona;
import dev.altlas.model.PlanInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan being written: its tasks, the data flowing between them, and what the planner had to
 * assume. Steps read the latest output and add tasks; the planner turns the draft into a plan.
 */
final class PlanDraft {
  /** The command being planned, as the person wrote it. */
  final String command;

  final Language language;
  final Persona persona;
  final Lexicon lexicon;
  final Phrases phrases;

  private final List<TaskDraft> tasks = new ArrayList<>();
  private final TaskIds ids = new TaskIds();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, PlanInput> inputs = new LinkedHashMap<>();
  private final List<Output> outputs = new ArrayList<>();
  private final Map<String, Output> sources = new HashMap<>();
  // Ordered maps: what is read from them ends up in the plan, which must not depend on hashing.
  private final Map<String, String> writers = new LinkedHashMap<>();
  private final Map<String, String> keylessSorts = new LinkedHashMap<>();
  private String gate;

  PlanDraft(String command, Language language, Persona persona) {
    this.command = command;
    this.language = language;
    this.persona = persona;
    this.lexicon = Lexicon.of(language);
    this.phrases = Phrases.of(language);
  }

  /** A new task for a step; it waits for an approval the command asked for before it. */
  TaskDraft add(String type, Step step) {
    return add(type, step.text(), "");
  }

  TaskDraft add(String type, String sourceText, String idSuffix) {
    var task = new TaskDraft(ids.next(type, idSuffix), type, sourceText);
    if (gate != null) {
      task.waitFor(gate);
    }
    tasks.add(task);
    return task;
  }

  /** A task beside the main line (explore, dream); it waits for nothing extra. */
  TaskDraft addVariant(TaskDraft of, String idSuffix) {
    var task = of.copy(ids.next(of.type(), idSuffix));
    tasks.add(task);
    return task;
  }

  List<TaskDraft> tasks() {
    return List.copyOf(tasks);
  }

  Optional<TaskDraft> task(String id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The data the latest step produced. */
  Optional<Output> current() {
    return outputs.isEmpty() ? Optional.empty() : Optional.of(outputs.get(outputs.size() - 1));
  }

  void produce(Output output) {
    outputs.add(output);
  }

  /** The most recent lists from different chains, newest first: what "join them" joins. */
  List<Output> recentLists(int max) {
    var lists = new ArrayList<Output>();
    for (int i = outputs.size() - 1; i >= 0 && lists.size() < max; i--) {
      Output o = outputs.get(i);
      if (o.isListLike() && lists.stream().noneMatch(l -> upstreamOf(l.taskId(), o.taskId()))) {
        lists.add(o);
      }
    }
    return lists;
  }

  private boolean upstreamOf(String taskId, String candidate) {
    return task(taskId)
        .map(
            t ->
                t.dependsOn().contains(candidate)
                    || t.dependsOn().stream().anyMatch(d -> upstreamOf(d, candidate)))
        .orElse(false);
  }

  /** A source listed or fetched before, so that naming it again does not repeat the work. */
  Optional<Output> source(String key) {
    return Optional.ofNullable(sources.get(key));
  }

  void rememberSource(String key, Output output) {
    sources.put(key, output);
  }

  void wrote(String path, String taskId) {
    writers.put(path, taskId);
  }

  /** The task that wrote this path, or wrote inside this directory, earlier in the plan. */
  Optional<String> writerOf(String path) {
    return writers.entrySet().stream()
        .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + "/"))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** From now on every new task waits for this approval. */
  void gateOn(String approvalTaskId) {
    gate = approvalTaskId;
  }

  /**
   * A sort whose key the command has not said yet ("Dosyaları sırala"); a later "en büyük 10" fills
   * it in instead of sorting again.
   */
  void sortWithoutKey(String taskId, String clauseText) {
    keylessSorts.put(taskId, clauseText);
  }

  boolean isSortWithoutKey(String taskId) {
    return keylessSorts.containsKey(taskId);
  }

  void keyGiven(String taskId) {
    keylessSorts.remove(taskId);
  }

  /** The clauses whose sort never got a key, in plan order. */
  List<String> sortsWithoutKey() {
    return List.copyOf(keylessSorts.values());
  }

  void warn(String key, Object... values) {
    warnings.add(phrases.say("warnings." + key, values));
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Declares a value the run must supply, e.g. the recipients when the command says "email me", and
   * returns the reference to it.
   */
  String input(String name, String type, Object defaultValue) {
    String unique = name;
    for (int n = 2; inputs.containsKey(unique); n++) {
      unique = name + "_" + n;
    }
    inputs.put(
        unique,
        new PlanInput(type, phrases.say("inputs." + name), defaultValue == null, defaultValue));
    return "${inputs." + unique + "}";
  }

  Map<String, PlanInput> inputs() {
    return Collections.unmodifiableMap(inputs);
  }

  /**
   * Records a step no task type fits: an {@code unsupported} task with the reason, and a warning.
   * Later steps that use its data are blocked by it.
   */
  void unsupported(Step step, String reason) {
    unsupported(step.text(), reason, null);
  }

  /**
   * @param after the task whose data the step would have used, shown as its dependency; null for
   *     none
   */
  void unsupported(String text, String reason, String after) {
    TaskDraft task =
        add(TaskCatalog.UNSUPPORTED, text, "")
            .param("text", text)
            .param("reason", reason)
            .because(phrases.say("rationale.unsupported"), 0);
    if (after != null) {
      task.waitFor(after);
    }
    warn("unsupported", "text", text, "reason", reason);
    produce(Output.blocked(task.id()));
  }

  /** A step that would work on the data of an unmapped step cannot run either. */
  void blocked(Step step, Output blocker) {
    String blockerText = task(blocker.taskId()).map(TaskDraft::sourceText).orElse("");
    unsupported(step.text(), phrases.say("reasons.blocked", "text", blockerText), blocker.taskId());
  }
}
