package dev.altlas.segmentation;

/** How one task type is added to a plan for a step that asks for it. */
interface TaskRecipe {

  /** Adds the step's tasks (and any it needs first) to the draft, and records their output. */
  void add(Step step, PlanDraft draft);
}
