package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.Optional;

/**
 * "Sort them by size", "keep only those larger than 1 MB", "take the top 5", "sırala": data steps
 * over the latest list. A sort with no key yet sorts by name until a later clause names one
 * ("Dosyaları sırala ve en büyük 10 tanesini göster").
 */
final class ListShapingRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  ListShapingRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Optional<Output> found = inputs.require(step, step.slots().sources(), draft);
    if (found.isEmpty()) {
      return;
    }
    Output in = found.get();
    if (!in.isListLike()) {
      draft.unsupported(step, draft.phrases.say("reasons.not_a_list", "word", step.word()));
      return;
    }
    Shaping asked = step.slots().shaping();
    String type = step.intent().type();
    if (type.equals("data.filter") && asked.filter() == null) {
      draft.unsupported(step, draft.phrases.say("reasons.no_condition"));
      return;
    }
    if (type.equals("data.sort") && asked.sort() == null && asked.rankCriterion() == null) {
      if (!namesSomethingToSort(step)) {
        // "order pizza": a sort verb, but nothing it could sort.
        draft.unsupported(step, draft.phrases.say("reasons.nothing_to_sort", "word", step.word()));
        return;
      }
      Output filtered =
          asked.filter() == null ? in : shaping.filter(in, asked.filter(), step, draft);
      Output sorted = sortWithoutKey(filtered, step, draft);
      draft.produce(
          asked.count() == null ? sorted : shaping.top(sorted, asked.count(), step, draft));
      return;
    }
    draft.produce(shaping.apply(in, step, draft));
  }

  /** "Sort them", "sort the files", "sırala" after a listing. */
  private static boolean namesSomethingToSort(Step step) {
    Slots slots = step.slots();
    return slots.refersBack()
        || slots.sources().mentionsFiles()
        || step.clause().sequential()
        || step.clause().words().size() == step.intent().match().length();
  }

  private static Output sortWithoutKey(Output in, Step step, PlanDraft draft) {
    TaskDraft task =
        draft
            .add("data.sort", step)
            .param("items", in.ref())
            .param("by", "name")
            .param("order", "asc")
            .because(draft.phrases.say("rationale.sort_without_key", "word", step.word()), 0.6);
    draft.sortWithoutKey(task.id(), step.text());
    return new Output(
        task.id(),
        in.shape().isList() ? in.shape() : Shape.ITEMS,
        Reference.toTask(task.id(), "items"),
        in.textField());
  }
}
