package dev.altlas.legacy;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanInput;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.Priority;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskMetadata;
import dev.altlas.plan.Reference;
import dev.altlas.plan.TaskGraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the {@code .alt} plan from a legacy document: header, ids, graph and mapped tasks. */
final class PlanAssembler {
  private static final String PLANNER_NAME = "legacy-import";

  private static final Pattern PLAN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  // Limits of the .alt schema, so that the plan also reads back from a file.
  private static final int MAX_TASKS = 1000;
  private static final int MAX_COMMAND = 10_000;
  private static final int MAX_TITLE = 200;

  private final TaskMatcher matcher;
  private final Vocabulary vocabulary;

  PlanAssembler(TaskCatalog catalog, Vocabulary vocabulary) {
    this.matcher = new TaskMatcher(catalog, vocabulary);
    this.vocabulary = vocabulary;
  }

  Plan assemble(LegacyDocument doc, String text, Instant now) {
    List<LegacyTask> legacy = doc.tasks();
    if (legacy.size() > MAX_TASKS) {
      throw new LegacyFormatException(
          doc.format().taskListField(),
          "has " + legacy.size() + " entries; a plan holds at most " + MAX_TASKS + " tasks");
    }
    var warnings = new ArrayList<String>(doc.warnings());
    var details = new LinkedHashMap<String, Object>();
    details.put("source_format", doc.format().wireName());
    if (doc.id() != null) {
      details.put("original_id", doc.id());
    }
    details.putAll(doc.details());

    var header = new HeaderMapping(vocabulary, warnings);
    String id = planId(doc.id(), text, warnings);
    Instant createdAt = header.createdAt(doc.createdAt(), now, details);
    String command = command(doc, id, warnings);
    String sample =
        Stream.concat(Stream.of(command), legacy.stream().map(LegacyTask::text))
            .collect(Collectors.joining(" "));
    String language = header.language(doc.language(), sample);
    Mode mode = header.mode(doc.mode());
    Persona persona = header.persona(doc.persona());
    Integer chaosLevel = header.chaosLevel(doc.chaosLevel(), mode);
    Priority priority = header.priority(doc.priority());
    List<String> tags = header.tags(doc.tags());

    var renamed = new LinkedHashMap<String, String>();
    TaskIds ids = TaskIds.assign(legacy, warnings, renamed);
    List<List<String>> dependsOn = dependencies(legacy, ids, warnings);
    Map<String, TaskMatch> matches = match(doc, ids, dependsOn);
    Timing timing = Timing.of(legacy, warnings);

    var tasks = new ArrayList<PlanTask>();
    var placeholders = new LinkedHashMap<String, String>();
    var segmentMetadata = new LinkedHashMap<String, Object>();
    for (int i = 0; i < legacy.size(); i++) {
      LegacyTask task = legacy.get(i);
      String taskId = ids.ids().get(i);
      TaskMatch match = matches.get(taskId);
      tasks.add(
          task(task, taskId, match, dependsOn.get(i))
              .withTiming(timing.timeouts().get(i), timing.retries().get(i)));
      switch (match) {
        case TaskMatch.Mapped mapped -> {
          warnings.addAll(mapped.notes());
          mapped.inputs().forEach(placeholders::putIfAbsent);
        }
        case TaskMatch.Unmapped unmapped ->
            warnings.add(unmapped.reason() + "; it is kept as unsupported task '" + taskId + "'");
      }
      if (!task.metadata().isEmpty()) {
        segmentMetadata.put(taskId, task.metadata());
      }
    }
    var inputs = new LinkedHashMap<String, PlanInput>();
    placeholders.forEach(
        (name, placeholder) -> {
          inputs.put(
              name,
              new PlanInput(
                  "string",
                  "Replaces the legacy placeholder "
                      + placeholder
                      + ", which the prototype filled from its environment",
                  true,
                  null));
          warnings.add(
              "the legacy placeholder "
                  + placeholder
                  + " is now the plan input ${inputs."
                  + name
                  + "}, which a run must supply");
        });
    if (!renamed.isEmpty()) {
      details.put("task_ids", renamed);
    }
    if (!segmentMetadata.isEmpty()) {
      details.put("segment_metadata", segmentMetadata);
    }
    return new Plan(
        Plan.FORMAT_VERSION,
        id,
        createdAt,
        command,
        language,
        mode,
        persona,
        chaosLevel,
        null,
        priority,
        tags,
        inputs,
        timing.defaults(),
        new PlannerInfo(PLANNER_NAME, warnings, details),
        tasks);
  }

  /** The legacy id when .alt accepts it, else one derived from the text, so re-imports agree. */
  private static String planId(String original, String text, List<String> warnings) {
    if (original != null && PLAN_ID.matcher(original).matches()) {
      return original;
    }
    String id = "legacy-" + sha256(text).substring(0, 16);
    if (original != null) {
      warnings.add(
          "the legacy id '" + original + "' is not a valid plan id; the plan is '" + id + "'");
    }
    return id;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String command(LegacyDocument doc, String id, List<String> warnings) {
    String command = doc.command() == null ? "" : doc.command().strip();
    if (command.isEmpty()) {
      command =
          doc.tasks().stream()
              .map(t -> t.text().strip())
              .filter(t -> !t.isEmpty())
              .collect(Collectors.joining("; "));
      String missing =
          doc.format() == LegacyFormat.SEGMENTATION_YAML ? "command" : "title or description";
      if (command.isEmpty()) {
        command = "Legacy " + doc.format().wireName() + " plan " + id;
        warnings.add(
            "the legacy plan has no " + missing + " and its steps no words; the command names it");
      } else {
        warnings.add(
            "the legacy plan has no " + missing + "; the command is made of its steps' words");
      }
    }
    if (command.codePointCount(0, command.length()) > MAX_COMMAND) {
      warnings.add("the command is longer than " + MAX_COMMAND + " characters and was shortened");
    }
    return shorten(command, MAX_COMMAND);
  }

  /** Each step's dependencies as new ids; unknown ones and self-references are dropped. */
  private static List<List<String>> dependencies(
      List<LegacyTask> legacy, TaskIds ids, List<String> warnings) {
    var all = new ArrayList<List<String>>();
    for (int i = 0; i < legacy.size(); i++) {
      LegacyTask task = legacy.get(i);
      var deps = new LinkedHashSet<String>();
      for (String dep : task.dependencies()) {
        String target = ids.byOriginal().get(dep.strip());
        if (target == null) {
          warnings.add(
              task.label()
                  + " depends on '"
                  + dep
                  + "', which is not in the plan; that dependency was dropped");
        } else if (target.equals(ids.ids().get(i))) {
          warnings.add(task.label() + " depends on itself; that dependency was dropped");
        } else {
          deps.add(target);
        }
      }
      all.add(List.copyOf(deps));
    }
    return all;
  }

  /**
   * Maps every step, upstream first, so that a step can take the text of the one it depends on.
   *
   * @throws LegacyFormatException when the dependencies form a cycle, which no plan can run
   */
  private Map<String, TaskMatch> match(
      LegacyDocument doc, TaskIds ids, List<List<String>> dependsOn) {
    var skeleton = new ArrayList<PlanTask>();
    var originals = new HashMap<String, LegacyTask>();
    for (int i = 0; i < ids.ids().size(); i++) {
      skeleton.add(
          PlanTask.of(ids.ids().get(i), TaskCatalog.UNSUPPORTED, null, null, dependsOn.get(i)));
      originals.put(ids.ids().get(i), doc.tasks().get(i));
    }
    var graph = new TaskGraph(skeleton);
    Optional<List<String>> cycle = graph.findCycle();
    if (cycle.isPresent()) {
      LegacyTask first = originals.get(cycle.get().get(0));
      throw new LegacyFormatException(
          first.path() + ".dependencies",
          "the dependencies form a cycle: "
              + cycle.get().stream()
                  .map(id -> label(originals.get(id), id))
                  .collect(Collectors.joining(" -> ")));
    }
    Map<String, List<String>> deps =
        skeleton.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::dependsOn));
    var matches = new HashMap<String, TaskMatch>();
    for (String id : graph.topologicalOrder()) {
      matches.put(id, matcher.match(originals.get(id), upstreamText(deps.get(id), matches)));
    }
    return matches;
  }

  private static String label(LegacyTask task, String id) {
    return task.originalId() == null ? id : task.originalId();
  }

  /** A reference to the text output of the one dependency that has one. */
  private Optional<String> upstreamText(List<String> deps, Map<String, TaskMatch> matches) {
    List<String> texts =
        deps.stream()
            .map(
                dep ->
                    matches.get(dep) instanceof TaskMatch.Mapped m
                            && vocabulary.textOutputs().containsKey(m.type())
                        ? Reference.toTask(dep, vocabulary.textOutputs().get(m.type()))
                        : null)
            .filter(Objects::nonNull)
            .toList();
    return texts.size() == 1 ? Optional.of(texts.get(0)) : Optional.empty();
  }

  private static TaskDraft task(
      LegacyTask task, String id, TaskMatch match, List<String> dependsOn) {
    String words = task.text().strip();
    return switch (match) {
      case TaskMatch.Mapped m ->
          new TaskDraft(
              id,
              m.type(),
              title(words, m.type() + " from " + task.label()),
              m.params(),
              dependsOn,
              new TaskMetadata(
                  m.confidence(), m.rationale(), words.isEmpty() ? null : words, null));
      case TaskMatch.Unmapped u -> {
        // The words are kept as they were, but defused: in params they would read as references.
        var params = new LinkedHashMap<String, Object>();
        params.put(
            "text", Placeholders.defuse(words.isEmpty() ? task.label() + " (no text)" : words));
        params.put("reason", Placeholders.defuse(u.reason()));
        yield new TaskDraft(
            id,
            TaskCatalog.UNSUPPORTED,
            title(words, "Unmapped " + task.label()),
            params,
            dependsOn,
            new TaskMetadata(0.0, u.reason(), words.isEmpty() ? null : words, null));
      }
    };
  }

  private static String title(String words, String fallback) {
    String firstLine =
        words.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    return shorten(firstLine.isEmpty() ? fallback : firstLine, MAX_TITLE);
  }

  /** Cut to at most {@code max} characters (code points, as the schema counts), marked with …. */
  private static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A task before its timing is known. */
  private record TaskDraft(
      String id,
      String type,
      String title,
      Map<String, Object> params,
      List<String> dependsOn,
      TaskMetadata metadata) {

    PlanTask withTiming(Duration timeout, RetryPolicy retry) {
      return new PlanTask(
          id, type, title, params, dependsOn, null, null, timeout, retry, null, null, metadata);
    }
  }
}
