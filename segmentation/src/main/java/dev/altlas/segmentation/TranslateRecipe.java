package dev.altlas.segmentation;

/**
 * "Translate into Turkish", "İngilizceye çevir". With no target named, the text is translated into
 * the command's language, and the plan says it assumed so.
 */
final class TranslateRecipe extends TextTaskRecipe {

  TranslateRecipe(InputResolver inputs, ShapingSteps shaping) {
    super(inputs, shaping, "ai.translate", "text", Shape.TEXT);
  }

  @Override
  double fill(TaskDraft task, Step step, PlanDraft draft) {
    String target = step.slots().language();
    if (target != null) {
      task.param("target_language", target);
      return 0;
    }
    task.param("target_language", draft.language.code());
    draft.warn("default_target_language", "text", step.text(), "language", draft.language.code());
    return 0.25;
  }
}
