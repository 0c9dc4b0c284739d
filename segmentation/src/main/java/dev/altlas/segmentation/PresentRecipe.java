package dev.altlas.segmentation;

import java.util.Optional;

/**
 * "Show", "göster", "give me" and "list": the data the clause names, or the latest data, is a
 * result of the plan; the verb adds no task, but the clause's shaping words do ("show the 5
 * largest"). Listing with nothing to show lists the workspace.
 */
final class PresentRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;
  private final boolean listsWhenNothing;

  PresentRecipe(InputResolver inputs, ShapingSteps shaping, boolean listsWhenNothing) {
    this.inputs = inputs;
    this.shaping = shaping;
    this.listsWhenNothing = listsWhenNothing;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Sources sources = step.slots().sources();
    Optional<Output> in = inputs.find(step, sources, draft);
    if (in.isEmpty() && listsWhenNothing) {
      draft.warn("default_path", "text", step.text());
      in =
          Optional.of(
              inputs.list(
                  step,
                  ".",
                  sources,
                  draft,
                  draft.phrases.say("rationale.list_default", "word", step.word()),
                  0.7));
    }
    if (in.isEmpty()) {
      draft.unsupported(step, draft.phrases.say("reasons.no_input", "word", step.word()));
    } else if (in.get().isBlocked()) {
      draft.blocked(step, in.get());
    } else {
      draft.produce(shaping.apply(in.get(), step, draft));
    }
  }
}
