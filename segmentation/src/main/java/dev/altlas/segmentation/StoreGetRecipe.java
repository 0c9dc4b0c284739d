package dev.altlas.segmentation;

import dev.altlas.plan.Reference;

/** "Fetch the stored artifact weekly-digest", "depodaki raporu getir": storage.get. */
final class StoreGetRecipe implements TaskRecipe {

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    double sure = step.intent().confidence();
    String key = slots.key();
    if (key == null && !slots.quoted().isEmpty()) {
      key = slots.quoted().get(0);
    }
    if (key == null) {
      key = draft.input("storage_key", "string", null);
      draft.warn("storage_key_input", "text", step.text());
      sure -= 0.2;
    }
    TaskDraft task =
        draft
            .add("storage.get", step)
            .param("key", key)
            .because(draft.phrases.say("rationale.load", "word", step.word()), sure);
    draft.produce(new Output(task.id(), Shape.DATA, Reference.toTask(task.id(), "content"), null));
  }
}
