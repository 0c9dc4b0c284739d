package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.Optional;

/**
 * "Write a short poem about autumn", "draft a reply based on it": text written by a model, in the
 * persona's voice. It works on earlier data only when the clause points at it.
 */
final class GenerateRecipe implements TaskRecipe {
  private final InputResolver inputs;

  GenerateRecipe(InputResolver inputs) {
    this.inputs = inputs;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    boolean usesData =
        slots.refersBack() || step.clause().sequential() || slots.sources().isExplicit();
    Optional<Output> in = usesData ? inputs.find(step, slots.sources(), draft) : Optional.empty();
    if (in.isPresent() && in.get().isBlocked()) {
      draft.blocked(step, in.get());
      return;
    }
    var voice = new PersonaVoice(draft.persona, draft.phrases);
    String prompt =
        in.map(
                o ->
                    draft.phrases.say(
                        "prompts.with_data",
                        "request",
                        step.text(),
                        "data",
                        inputs.asText(o, step, draft).ref()))
            .orElse(step.text());
    TaskDraft task =
        draft
            .add("ai.generate", step)
            .param("prompt", prompt)
            .param("system", voice.system())
            .param("temperature", voice.temperature())
            .because(
                draft.phrases.say("rationale.verb", "word", step.word(), "type", "ai.generate"),
                step.intent().confidence());
    draft.produce(new Output(task.id(), Shape.TEXT, Reference.toTask(task.id(), "text"), null));
  }
}
