package dev.altlas.segmentation;

/** "Compute embeddings for them", "vektörlerini hesapla". */
final class EmbedRecipe extends TextTaskRecipe {

  EmbedRecipe(InputResolver inputs, ShapingSteps shaping) {
    super(inputs, shaping, "ai.embed", "vector", Shape.DATA);
  }

  @Override
  double fill(TaskDraft task, Step step, PlanDraft draft) {
    return 0;
  }
}
