package dev.altlas.segmentation;

import java.util.Optional;

/** "Read ./notes.txt", "read the 3 newest logs", "oku": files read for the steps after. */
final class ReadFileRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  ReadFileRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Optional<Output> in = inputs.require(step, step.slots().sources(), draft);
    if (in.isPresent()) {
      Output narrowed = shaping.apply(in.get(), step, draft);
      draft.produce(inputs.asText(narrowed, step, draft));
    }
  }
}
