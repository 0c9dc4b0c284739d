package dev.altlas.segmentation.atlas;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.TemplateSlot;
import dev.altlas.segmentation.CommandValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the task parameters of a plan that hold each value of the command it was planned from. A
 * value some parameter holds becomes a slot of the command's shape; a value none holds stays in the
 * shape as written, since the plan does not change with it and a command with another value there
 * may need another plan.
 *
 * <p>A number, format or language counts only in a task planned from the words around it (the
 * task's {@code source_text}), because "3" may be the count of one step and, by chance, the default
 * length of another's summary. When a number is found both in a parameter at its catalog default
 * and in one that is not, the one that is not took it from the command.
 */
final class SlotFinder {
  private final TaskCatalog catalog;

  SlotFinder(TaskCatalog catalog) {
    this.catalog = catalog;
  }

  /** The command's shape with the values the plan holds as slots, and where it holds them. */
  record Found(String normalizedCommand, List<TemplateSlot> slots) {
    Found {
      slots = List.copyOf(slots);
    }
  }

  Found find(CommandShape shape, Plan plan) {
    var slotted = new BitSet();
    var slots = new ArrayList<TemplateSlot>();
    var slottedValues = new ArrayList<CommandValue>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < shape.values().size(); i++) {
      CommandValue v = shape.values().get(i);
      // A value written twice fills its parameters once; the second stays as words, so that the
      // slots of a kind map one to one onto the command's values of that kind.
      if (slottedValues.stream()
          .anyMatch(s -> s.kind() == v.kind() && ValueRules.same(s.value(), v.value()))) {
        continue;
      }
      List<TemplateSlot> holders = holders(shape.command(), plan, v, taken);
      if (!holders.isEmpty()) {
        slotted.set(i);
        slots.addAll(holders);
        slottedValues.add(v);
      }
    }
    return new Found(shape.normalized(slotted::get), slots);
  }

  private List<TemplateSlot> holders(String command, Plan plan, CommandValue v, Set<String> taken) {
    boolean textual = ValueRules.isTextual(v.kind());
    var holders = new ArrayList<Holder>();
    for (PlanTask task : plan.tasks()) {
      if (!textual && !plannedFrom(command, task, v)) {
        continue;
      }
      for (Map.Entry<String, Object> p : task.params().entrySet()) {
        if (ValueRules.holds(p.getValue(), v.kind(), v.value())
            && (textual || !taken.contains(key(task, p.getKey())))) {
          holders.add(new Holder(task, p.getKey(), atDefault(task, p.getKey(), p.getValue())));
        }
      }
    }
    if (!textual) {
      List<Holder> chosen = holders.stream().filter(h -> !h.atDefault()).toList();
      if (!chosen.isEmpty()) {
        holders = new ArrayList<>(chosen);
      }
      holders.forEach(h -> taken.add(key(h.task(), h.param())));
    }
    return holders.stream()
        .map(h -> new TemplateSlot(h.task().id(), h.param(), v.kind().slotName(), v.value()))
        .toList();
  }

  /**
   * Whether the task was planned from the words the value stands in. A task whose {@code
   * source_text} is missing or not part of the command (a planner that paraphrased) may have been.
   */
  private static boolean plannedFrom(String command, PlanTask task, CommandValue v) {
    String source = task.metadata() == null ? null : task.metadata().sourceText();
    if (source == null || source.isEmpty()) {
      return true;
    }
    boolean somewhere = false;
    for (int at = command.indexOf(source); at >= 0; at = command.indexOf(source, at + 1)) {
      if (at <= v.start() && v.end() <= at + source.length()) {
        return true;
      }
      somewhere = true;
    }
    return !somewhere;
  }

  private boolean atDefault(PlanTask task, String param, Object value) {
    return catalog
        .find(task.type())
        .flatMap((TaskType t) -> t.param(param))
        .map(ParamSpec::defaultValue)
        .filter(d -> ValueRules.same(d, value))
        .isPresent();
  }

  private static String key(PlanTask task, String param) {
    return task.id() + "\u0000" + param;
  }

  private record Holder(PlanTask task, String param, boolean atDefault) {}
}
