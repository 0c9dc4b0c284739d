package dev.altlas.segmentation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Adds the data steps a clause's shaping words ask for, around its main task: "larger than 1 MB" →
 * data.filter, "largest" → data.sort, "most important" → ai.rank, "top 3" → data.top, in that
 * order. A task that does one of these itself (a sort step, a search with a limit) takes that part
 * and the rest are added here.
 */
final class ShapingSteps {
  /** The parts of a clause's shaping a task can take over. */
  enum Part {
    FILTER,
    ORDER,
    COUNT
  }

  private final InputResolver inputs;

  ShapingSteps(InputResolver inputs) {
    this.inputs = inputs;
  }

  Output apply(Output in, Step step, PlanDraft draft) {
    return apply(in, step, draft, EnumSet.noneOf(Part.class));
  }

  /**
   * @param taken the parts the step's own task does
   */
  Output apply(Output in, Step step, PlanDraft draft, Set<Part> taken) {
    Shaping shaping = step.slots().shaping();
    if (shaping.isEmpty() || !in.isListLike()) {
      return in;
    }
    Output out = in;
    if (shaping.filter() != null && !taken.contains(Part.FILTER)) {
      out = filter(out, shaping.filter(), step, draft);
    }
    if (!taken.contains(Part.ORDER)) {
      if (shaping.rankCriterion() != null) {
        out = rank(out, shaping.rankCriterion(), step, draft);
      } else if (shaping.sort() != null) {
        out = sort(out, shaping.sort(), step, draft);
      }
    }
    if (shaping.count() != null && !taken.contains(Part.COUNT)) {
      out = top(out, shaping.count(), step, draft);
    }
    return out;
  }

  Output filter(Output in, FilterCondition condition, Step step, PlanDraft draft) {
    Output items = condition.onText() ? inputs.asText(in, step, draft) : in;
    String field = condition.onText() ? textField(items) : condition.field();
    TaskDraft task =
        draft
            .add("data.filter", step)
            .param("items", items.ref())
            .param("field", field)
            .param("op", condition.op())
            .param("value", condition.value())
            .because(
                draft.phrases.say(
                    "rationale.filter",
                    "field",
                    field,
                    "op",
                    condition.op(),
                    "value",
                    condition.value()),
                0.9);
    return items.narrowedBy(task.id());
  }

  Output rank(Output in, String criterion, Step step, PlanDraft draft) {
    Output items = inputs.asText(in, step, draft);
    TaskDraft task =
        draft
            .add("ai.rank", step)
            .param("items", items.ref())
            .param("query", criterion)
            .param("field", items.textField())
            .because(draft.phrases.say("rationale.rank", "query", criterion), 0.85);
    return items.narrowedBy(task.id());
  }

  Output sort(Output in, SortKey key, Step step, PlanDraft draft) {
    if (draft.isSortWithoutKey(in.taskId())) {
      // "Dosyaları sırala ve en büyük 10 tanesini göster": the sort the first clause asked for
      // takes the key the second one names.
      draft
          .task(in.taskId())
          .ifPresent(
              t -> {
                t.param("by", key.by()).param("order", key.order());
                t.because(
                    draft.phrases.say(
                        "rationale.sort_key_later",
                        "by",
                        key.by(),
                        "order",
                        key.order(),
                        "text",
                        step.text()),
                    0.9);
              });
      draft.keyGiven(in.taskId());
      return in;
    }
    TaskDraft task =
        draft
            .add("data.sort", step)
            .param("items", in.ref())
            .param("by", key.by())
            .param("order", key.order())
            .because(
                draft.phrases.say("rationale.sort", "by", key.by(), "order", key.order()), 0.9);
    return in.narrowedBy(task.id());
  }

  Output top(Output in, int count, Step step, PlanDraft draft) {
    TaskDraft task =
        draft
            .add("data.top", step)
            .param("items", in.ref())
            .param("count", count)
            .because(draft.phrases.say("rationale.top", "count", count), 0.95);
    return in.narrowedBy(task.id());
  }

  /** The field that holds an item's text; the whole item when it is text itself. */
  private static String textField(Output items) {
    return items.textField() == null ? "content" : items.textField();
  }
}
