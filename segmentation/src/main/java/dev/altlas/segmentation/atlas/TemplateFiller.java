package dev.altlas.segmentation.atlas;

import dev.altlas.model.PlanTask;
import dev.altlas.model.PlanTemplate;
import dev.altlas.model.TaskMetadata;
import dev.altlas.model.TemplateSlot;
import dev.altlas.segmentation.CommandValue;
import dev.altlas.segmentation.CommandValue.Kind;
import dev.altlas.segmentation.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a command's values into a template's slots. The slots of one kind, taken by their distinct
 * examples in the order the template lists them, take the command's values of that kind in command
 * order: the first {@code {path}} of the shape fills the slots whose example was the learned
 * command's first path.
 *
 * <p>Titles and explanations follow: paths, URLs and addresses change wherever they show, a number
 * in digits changes in the tasks whose slot it fills, and each task's {@code source_text} (and any
 * quote of it) becomes the new command's words, read again so that "three" becomes "five".
 */
final class TemplateFiller {
  private static final Set<Kind> NUMBERS = Set.of(Kind.COUNT, Kind.SENTENCES, Kind.NUMBER);

  private final ShapeReader reader;

  TemplateFiller(ShapeReader reader) {
    this.reader = reader;
  }

  /**
   * The template's tasks with the new values.
   *
   * @param swaps each learned value and the value that took its place
   */
  record Filled(List<PlanTask> tasks, List<Swap> swaps) {
    Filled {
      tasks = List.copyOf(tasks);
      swaps = List.copyOf(swaps);
    }
  }

  /**
   * @param command the command the match was found for
   * @return empty when the values do not fit the slots: for an exact match every value must take a
   *     slot; for a match by meaning the command must have a value for every slot
   */
  Optional<Filled> fill(PatternMatch match, CommandShape command) {
    PlanTemplate template = match.pattern().template();
    Map<Kind, List<Object>> examples = new LinkedHashMap<>();
    for (TemplateSlot slot : template.slots()) {
      Optional<Kind> kind = kind(slot.kind());
      if (kind.isEmpty() || slot.example() == null) {
        return Optional.empty(); // a slot this planner cannot fill: written by another tool
      }
      List<Object> known = examples.computeIfAbsent(kind.get(), k -> new ArrayList<>());
      if (known.stream().noneMatch(e -> ValueRules.same(e, slot.example()))) {
        known.add(slot.example());
      }
    }
    Map<Kind, List<CommandValue>> values = new LinkedHashMap<>();
    match.values().forEach(v -> values.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v));
    if (!fits(examples, values, match.kind() == PatternMatch.Kind.EXACT)) {
      return Optional.empty();
    }
    var swaps = new ArrayList<Swap>();
    examples.forEach(
        (kind, list) -> {
          for (int i = 0; i < list.size(); i++) {
            CommandValue v = values.get(kind).get(i);
            String written = command.command().substring(v.start(), v.end());
            swaps.add(new Swap(kind, list.get(i), v.value(), written));
          }
        });
    return Optional.of(new Filled(tasks(template, swaps, command.language()), swaps));
  }

  private static boolean fits(
      Map<Kind, List<Object>> examples, Map<Kind, List<CommandValue>> values, boolean exact) {
    for (Map.Entry<Kind, List<Object>> e : examples.entrySet()) {
      int have = values.getOrDefault(e.getKey(), List.of()).size();
      if (exact ? have != e.getValue().size() : have < e.getValue().size()) {
        return false;
      }
    }
    return !exact || examples.keySet().containsAll(values.keySet());
  }

  private List<PlanTask> tasks(PlanTemplate template, List<Swap> swaps, Language language) {
    Map<String, Map<String, List<Swap>>> byParam = new HashMap<>();
    for (TemplateSlot slot : template.slots()) {
      byParam
          .computeIfAbsent(slot.taskId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(slot.param(), k -> new ArrayList<>())
          .add(swapFor(slot, swaps));
    }
    List<Swap> textual = swaps.stream().filter(s -> ValueRules.isTextual(s.kind())).toList();
    Map<String, String> sources = sourceTexts(template, swaps, language);
    var tasks = new ArrayList<PlanTask>();
    for (PlanTask task : template.tasks()) {
      Map<String, List<Swap>> params = byParam.getOrDefault(task.id(), Map.of());
      var prose = new ArrayList<>(textual);
      params.values().stream()
          .flatMap(List::stream)
          .filter(s -> NUMBERS.contains(s.kind()) && !prose.contains(s))
          .forEach(prose::add);
      tasks.add(filled(task, params, prose, sources));
    }
    return tasks;
  }

  /** Each learned {@code source_text} as the new command writes it. */
  private Map<String, String> sourceTexts(
      PlanTemplate template, List<Swap> swaps, Language language) {
    var sources = new LinkedHashMap<String, String>();
    for (PlanTask task : template.tasks()) {
      String source = task.metadata() == null ? null : task.metadata().sourceText();
      if (source == null || sources.containsKey(source)) {
        continue;
      }
      reader
          .read(source, language.code())
          .map(shape -> rewritten(shape, swaps))
          .filter(now -> !now.equals(source))
          .ifPresent(now -> sources.put(source, now));
    }
    return sources;
  }

  /**
   * The learned words with each value the swaps name written as the new command writes it. Read
   * alone, a clause may call its count a plain number; both are numbers.
   */
  private static String rewritten(CommandShape words, List<Swap> swaps) {
    String text = words.command();
    var sb = new StringBuilder(text.length());
    int from = 0;
    for (CommandValue v : words.values()) {
      Optional<Swap> swap =
          swaps.stream()
              .filter(s -> sameKind(s.kind(), v.kind()) && ValueRules.same(s.example(), v.value()))
              .findFirst();
      if (swap.isPresent()) {
        sb.append(text, from, v.start()).append(swap.get().written());
        from = v.end();
      }
    }
    return sb.append(text, from, text.length()).toString();
  }

  private static boolean sameKind(Kind a, Kind b) {
    return a == b || (NUMBERS.contains(a) && NUMBERS.contains(b));
  }

  private static Swap swapFor(TemplateSlot slot, List<Swap> swaps) {
    Optional<Kind> kind = kind(slot.kind());
    return swaps.stream()
        .filter(s -> kind.equals(Optional.of(s.kind())))
        .filter(s -> ValueRules.same(s.example(), slot.example()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("every slot has a swap by construction"));
  }

  private static PlanTask filled(
      PlanTask task,
      Map<String, List<Swap>> swapsByParam,
      List<Swap> prose,
      Map<String, String> sources) {
    var params = new LinkedHashMap<String, Object>(task.params());
    swapsByParam.forEach(
        (param, swaps) -> {
          if (params.containsKey(param)) {
            params.put(param, ValueRules.replaced(params.get(param), swaps));
          }
        });
    TaskMetadata m = task.metadata();
    TaskMetadata metadata =
        m == null
            ? null
            : new TaskMetadata(
                m.confidence(),
                ValueRules.replacedInProse(m.rationale(), prose, sources),
                ValueRules.replacedInProse(m.sourceText(), prose, sources),
                m.variant());
    return new PlanTask(
        task.id(),
        task.type(),
        ValueRules.replacedInProse(task.title(), prose, sources),
        params,
        task.dependsOn(),
        task.forEach(),
        task.maxParallel(),
        task.timeout(),
        task.retry(),
        task.condition(),
        task.chaos(),
        metadata);
  }

  private static Optional<Kind> kind(String slotName) {
    if (slotName == null) {
      return Optional.empty();
    }
    for (Kind k : Kind.values()) {
      if (k.slotName().equals(slotName.toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
