package dev.altlas.segmentation;

import java.util.List;

/** "Extract the e-mail addresses and dates", "tarihleri çıkar": ai.extract with those fields. */
final class ExtractRecipe extends TextTaskRecipe {
  private static final List<String> DEFAULT_FIELDS = List.of("keywords");

  ExtractRecipe(InputResolver inputs, ShapingSteps shaping) {
    super(inputs, shaping, "ai.extract", "values", Shape.DATA);
  }

  @Override
  double fill(TaskDraft task, Step step, PlanDraft draft) {
    List<String> fields = step.slots().extractFields();
    if (!fields.isEmpty()) {
      task.param("fields", fields);
      return 0;
    }
    task.param("fields", DEFAULT_FIELDS);
    draft.warn(
        "default_extract_fields", "text", step.text(), "fields", String.join(", ", DEFAULT_FIELDS));
    return 0.3;
  }
}
