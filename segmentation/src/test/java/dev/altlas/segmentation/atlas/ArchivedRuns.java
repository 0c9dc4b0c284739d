package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanHeader;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.plan.PlanRequest;
import dev.altlas.segmentation.RuleBasedPlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Archived runs of real plans: commands planned by the rule-based planner and wrapped as results,
 * the way the archive keeps a run of this installation.
 */
final class ArchivedRuns {
  static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");
  static final RuleBasedPlanner RULES = new RuleBasedPlanner();
  static final TaskCatalog CATALOG = TaskCatalog.builtin();

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private ArchivedRuns() {}

  static Plan plan(String command) {
    return RULES.plan(PlanRequest.of(command, 1L, NOW));
  }

  static Plan plan(String command, Mode mode, long seed) {
    return RULES.plan(
        new PlanRequest(
            command,
            null,
            mode,
            Persona.TECHNICAL_EXPERT,
            mode == Mode.CHAOS ? 5 : null,
            seed,
            NOW));
  }

  static ArchivedRun succeeded(String command) {
    return run(plan(command), RunStatus.SUCCEEDED, NOW, null);
  }

  static ArchivedRun failed(String command) {
    return run(plan(command), RunStatus.FAILED, NOW, null);
  }

  /**
   * @param plan the plan that ran; null for a result archived without it
   * @param finishedAt when the run ended
   * @param embedding of the command; null when no model gave one
   */
  static ArchivedRun run(Plan plan, RunStatus status, Instant finishedAt, float[] embedding) {
    return run(plan, plan.header(), status, finishedAt, embedding);
  }

  /** A result uploaded without its plan: only the header copy says what was asked. */
  static ArchivedRun withoutPlan(Plan plan, RunStatus status, Instant finishedAt) {
    return run(null, plan.header(), status, finishedAt, null);
  }

  private static ArchivedRun run(
      Plan plan, PlanHeader header, RunStatus status, Instant finishedAt, float[] embedding) {
    long sequence = SEQUENCE.incrementAndGet();
    Instant startedAt = finishedAt.minus(Duration.ofSeconds(5));
    var result =
        new RunResult(
            RunResult.FORMAT_VERSION,
            "run-" + sequence,
            header,
            status,
            status == RunStatus.SUCCEEDED ? 1.0 : 0.0,
            startedAt,
            finishedAt,
            Duration.between(startedAt, finishedAt).toMillis(),
            List.of(),
            List.of(),
            null,
            null,
            status == RunStatus.SUCCEEDED ? "done" : "failed");
    return new ArchivedRun(
        sequence,
        finishedAt,
        "0".repeat(64),
        result,
        plan,
        embedding == null ? null : new Embedding(embedding));
  }
}
