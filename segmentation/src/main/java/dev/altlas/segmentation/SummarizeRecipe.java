package dev.altlas.segmentation;

/** "Summarize", "özetle": as many sentences as the clause says, or as the persona likes. */
final class SummarizeRecipe extends TextTaskRecipe {

  SummarizeRecipe(InputResolver inputs, ShapingSteps shaping) {
    super(inputs, shaping, "ai.summarize", "summary", Shape.TEXT);
  }

  @Override
  double fill(TaskDraft task, Step step, PlanDraft draft) {
    Integer sentences = step.slots().sentences();
    task.param(
        "max_sentences",
        sentences != null
            ? sentences
            : new PersonaVoice(draft.persona, draft.phrases).summarySentences());
    task.param("language", step.slots().language());
    return 0;
  }
}
