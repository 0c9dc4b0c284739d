package dev.altlas.store.jdbc;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Problem;
import dev.altlas.format.RunResultValidator;
import dev.altlas.format.StoredForm;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans and run results as the same JSON as an {@code .alt} or {@code .last} file, so that a stored
 * row can be read with any ALT_LAS tool.
 *
 * <p>Documents are validated on the way in, so an invalid one is refused at the door. Reading only
 * binds: a stored run must stay readable even if the catalog it was checked against has changed
 * since (a plugin removed, a type renamed).
 */
final class Documents {
  private static final int RECENT_PLANS = 1024;

  private final PlanValidator plans;
  private final RunResultValidator results = new RunResultValidator();
  private final Map<String, Plan> recentPlans =
      Collections.synchronizedMap(
          new LinkedHashMap<>(RECENT_PLANS, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
              return size() > RECENT_PLANS;
            }
          });

  Documents(TaskCatalog catalog) {
    this.plans = new PlanValidator(catalog);
  }

  String writePlan(Plan plan, String runId) {
    refuseInvalid("run '" + runId + "': the plan", plans.validate(plan));
    return StoredForm.toJson(plan);
  }

  /**
   * A run's plan never changes once stored, and the engine reads the run on every step, so the
   * plans of recent runs are kept parsed, by run id.
   */
  Plan readPlan(String runId, String text) {
    Plan known = recentPlans.get(runId);
    if (known != null) {
      return known;
    }
    Plan plan = StoredForm.fromJson(text, Plan.class);
    recentPlans.put(runId, plan);
    return plan;
  }

  /** Drops a deleted run's plan, so that a later run with its id cannot be given it. */
  void forget(String runId) {
    recentPlans.remove(runId);
  }

  String writeResult(RunResult result) {
    refuseInvalid("run '" + result.runId() + "': the result", results.validate(result));
    return StoredForm.toJson(result);
  }

  RunResult readResult(String text) {
    return StoredForm.fromJson(text, RunResult.class);
  }

  private static void refuseInvalid(String what, List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          what + " is not valid: " + new InvalidDocumentException("it", problems).getMessage());
    }
  }
}
