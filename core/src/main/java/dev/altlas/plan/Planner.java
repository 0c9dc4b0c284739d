package dev.altlas.plan;

import dev.altlas.model.Plan;

/**
 * Turns a command into an {@code .alt} plan. Implementations: rule-based (always available),
 * LLM-based, atlas reuse.
 */
public interface Planner {

  /** Short name written into the plan's {@code planner.name}. */
  String name();

  /**
   * Plans the command. The plan is valid against the catalog; steps that map to nothing are {@code
   * unsupported} tasks with a reason, and the plan's warnings say so.
   *
   * @throws PlanningException when the command cannot be planned at all
   */
  Plan plan(PlanRequest request);
}
