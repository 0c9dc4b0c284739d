package dev.altlas.segmentation;

/**
 * "Wait for my approval", "onayımı bekle": a person decides before the rest of the plan runs. The
 * approval comes after the data it is about, and every later step waits for it.
 */
final class ApprovalRecipe implements TaskRecipe {

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    String message = slots.message();
    if (message == null && !slots.quoted().isEmpty()) {
      message = slots.quoted().get(0);
    }
    if (message == null) {
      message = draft.phrases.say("approval.message", "text", draft.command);
    }
    TaskDraft task =
        draft
            .add("approval.wait", step)
            .param("message", message)
            .param("approvers", slots.emails().isEmpty() ? null : slots.emails())
            .because(
                draft.phrases.say("rationale.approval", "word", step.word()),
                step.intent().confidence());
    draft.current().filter(o -> !o.isBlocked()).ifPresent(o -> task.waitFor(o.taskId()));
    draft.gateOn(task.id());
  }
}
