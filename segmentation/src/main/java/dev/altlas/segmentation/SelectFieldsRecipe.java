package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.Optional;

/** "Keep only the name and size", "sadece adlarını al": data.map with the named fields. */
final class SelectFieldsRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  SelectFieldsRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Optional<Output> found = inputs.require(step, step.slots().sources(), draft);
    if (found.isEmpty()) {
      return;
    }
    if (!found.get().isListLike()) {
      draft.unsupported(step, draft.phrases.say("reasons.not_a_list", "word", step.word()));
      return;
    }
    Output in = shaping.apply(found.get(), step, draft);
    TaskDraft task =
        draft
            .add("data.map", step)
            .param("items", in.ref())
            .param("select", step.slots().selectFields())
            .because(
                draft.phrases.say(
                    "rationale.select", "fields", String.join(", ", step.slots().selectFields())),
                step.intent().confidence());
    draft.produce(new Output(task.id(), Shape.ITEMS, Reference.toTask(task.id(), "items"), null));
  }
}
