package dev.altlas.model;

import java.util.List;

/**
 * The task graph of a plan that succeeded, with the parameters that change from one command to the
 * next marked as slots.
 */
public record PlanTemplate(
    Mode mode, Persona persona, List<PlanTask> tasks, List<TemplateSlot> slots) {

  public PlanTemplate {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    slots = slots == null ? List.of() : List.copyOf(slots);
  }
}
