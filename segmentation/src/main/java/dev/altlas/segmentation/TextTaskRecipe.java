package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.Optional;

/**
 * An AI step over text (summarise, translate, classify, extract, embed): its input is read or
 * fetched as text first, narrowed by the clause's shaping words, and the step runs once per item
 * when the input is a list.
 */
abstract class TextTaskRecipe implements TaskRecipe {
  private static final int AI_PARALLEL = 4;

  private final InputResolver inputs;
  private final ShapingSteps shaping;
  private final String type;
  private final String outputField;
  private final Shape singleShape;

  /**
   * @param outputField the field of the task's output that later steps use
   * @param singleShape what that field holds when the task runs once
   */
  TextTaskRecipe(
      InputResolver inputs,
      ShapingSteps shaping,
      String type,
      String outputField,
      Shape singleShape) {
    this.inputs = inputs;
    this.shaping = shaping;
    this.type = type;
    this.outputField = outputField;
    this.singleShape = singleShape;
  }

  @Override
  public final void add(Step step, PlanDraft draft) {
    Optional<Output> found = inputs.requireText(step, step.slots().sources(), draft);
    if (found.isEmpty()) {
      return;
    }
    Output in = inputs.asText(shaping.apply(found.get(), step, draft), step, draft);
    TaskDraft task = draft.add(type, step);
    boolean each = in.shape().isList();
    if (each) {
      task.forEach(in.ref(), AI_PARALLEL).param("text", in.itemText());
    } else {
      task.param("text", in.ref());
    }
    double assumed = fill(task, step, draft);
    task.because(
        draft.phrases.say(
            each ? "rationale.verb_each" : "rationale.verb", "word", step.word(), "type", type),
        step.intent().confidence() - assumed);
    draft.produce(
        each
            ? new Output(task.id(), Shape.TEXTS, Reference.toTask(task.id()), outputField)
            : new Output(task.id(), singleShape, Reference.toTask(task.id(), outputField), null));
  }

  /**
   * Sets the parameters particular to the type.
   *
   * @return how much less sure the planner is because it had to assume a value, 0 if none
   */
  abstract double fill(TaskDraft task, Step step, PlanDraft draft);
}
