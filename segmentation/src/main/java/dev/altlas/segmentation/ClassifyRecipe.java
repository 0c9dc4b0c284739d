package dev.altlas.segmentation;

/**
 * "Classify as bug, feature or question", "duygu durumuna göre sınıflandır". Labels the clause does
 * not list are taken from what it is about, or asked of whoever runs the plan.
 */
final class ClassifyRecipe extends TextTaskRecipe {

  ClassifyRecipe(InputResolver inputs, ShapingSteps shaping) {
    super(inputs, shaping, "ai.classify", "label", Shape.DATA);
  }

  @Override
  double fill(TaskDraft task, Step step, PlanDraft draft) {
    Labels labels = step.slots().labels();
    if (labels != null && !labels.implied()) {
      task.param("labels", labels.values());
      return 0;
    }
    if (labels != null) {
      task.param("labels", labels.values());
      draft.warn(
          "implied_labels", "text", step.text(), "labels", String.join(", ", labels.values()));
      return 0.15;
    }
    task.param("labels", draft.input("labels", "list", null));
    draft.warn("labels_input", "text", step.text());
    return 0.3;
  }
}
