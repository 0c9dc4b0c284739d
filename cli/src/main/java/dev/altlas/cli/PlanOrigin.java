package dev.altlas.cli;

import dev.altlas.model.Plan;
import dev.altlas.model.PlannerInfo;
import dev.altlas.segmentation.atlas.AtlasPlanner;
import java.util.Map;
import java.util.Optional;

/**
 * Where a plan the atlas planner reused came from, for people: {@code altlas run} says it before
 * running, and the run's report says it again with the result.
 */
final class PlanOrigin {
  private PlanOrigin() {}

  /** A line about the plan's origin; empty when no atlas pattern was reused. */
  static Optional<String> of(Plan plan) {
    PlannerInfo planner = plan == null ? null : plan.planner();
    if (planner == null || !AtlasPlanner.NAME.equals(planner.name())) {
      return Optional.empty();
    }
    Map<String, Object> d = planner.details();
    if (!AtlasPlanner.ORIGIN_IMPORTED.equals(d.get("origin"))) {
      return Optional.of(
          "plan reused from pattern "
              + d.get("pattern_id")
              + ", learned from this installation's earlier runs");
    }
    return Optional.of(
        "plan reused from pattern "
            + d.get("pattern_id")
            + " of the imported atlas '"
            + d.get("atlas")
            + "' (from "
            + d.get("installation")
            + ", imported "
            + d.get("imported_at")
            + ", kept in "
            + d.get("file")
            + "); `altlas atlas remove "
            + d.get("atlas")
            + "` takes it out");
  }
}
