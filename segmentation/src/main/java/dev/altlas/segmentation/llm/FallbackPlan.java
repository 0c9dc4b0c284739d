package dev.altlas.segmentation.llm;

import dev.altlas.model.Plan;
import dev.altlas.model.PlannerInfo;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.plan.PlanningException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan when the model gives none: the fallback planner's, with the reason in its warnings and
 * details so that nobody mistakes it for the model's.
 */
final class FallbackPlan {
  private final Planner fallback;

  FallbackPlan(Planner fallback) {
    this.fallback = fallback;
  }

  /**
   * @throws PlanningException when the fallback cannot plan the command either, with both reasons
   */
  Plan plan(PlanRequest request, String reason, ModelUse use) {
    Plan plan;
    try {
      plan = fallback.plan(request);
    } catch (PlanningException e) {
      throw new PlanningException(
          "the model gave no usable plan (" + reason + "), and " + e.getMessage());
    }
    PlannerInfo own =
        plan.planner() == null ? new PlannerInfo(fallback.name(), null, null) : plan.planner();
    var warnings = new ArrayList<String>();
    warnings.add(
        "The model gave no usable plan ("
            + reason
            + "), so the "
            + fallback.name()
            + " planner wrote this one.");
    warnings.addAll(own.warnings());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fallback", fallback.name());
    details.put("reason", reason);
    details.putAll(use.details());
    details.put("fallback_details", own.details());
    return plan.withPlanner(new PlannerInfo(LlmPlanner.NAME, List.copyOf(warnings), details));
  }
}
