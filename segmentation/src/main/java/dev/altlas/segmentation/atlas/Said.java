package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanHeader;

/**
 * What a run says was asked: the command, its language (null to detect it) and mode, from the plan
 * when the run has it, else from the header its result keeps.
 */
record Said(String command, String language, Mode mode) {

  /** What the run says; null for a run that does not say what was asked. */
  static Said of(ArchivedRun run) {
    if (run == null || run.result() == null) {
      return null;
    }
    Plan plan = run.plan();
    PlanHeader header = plan != null ? plan.header() : run.result().plan();
    if (header == null || header.command() == null) {
      return null;
    }
    return new Said(
        header.command(), header.language(), header.mode() == null ? Mode.NORMAL : header.mode());
  }
}
