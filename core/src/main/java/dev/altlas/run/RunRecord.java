package dev.altlas.run;

import dev.altlas.model.Plan;
import java.time.Instant;

/**
 * The stored state of one run of a plan.
 *
 * @param owner who started it (a user name; {@code local} for the CLI)
 * @param cancelRequested set by {@code cancel}; the engine stops starting tasks and cancels the
 *     running ones
 * @param version increases with every change; updates compare it
 */
public record RunRecord(
    String runId,
    Plan plan,
    RunState state,
    boolean cancelRequested,
    String owner,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    long version) {

  public static RunRecord queued(String runId, Plan plan, String owner, Instant now) {
    return new RunRecord(runId, plan, RunState.QUEUED, false, owner, now, null, null, 0);
  }

  public RunRecord started(Instant at) {
    return new RunRecord(
        runId, plan, RunState.RUNNING, cancelRequested, owner, createdAt, at, finishedAt, version);
  }

  public RunRecord finished(RunState finalState, Instant at) {
    return new RunRecord(
        runId, plan, finalState, cancelRequested, owner, createdAt, startedAt, at, version);
  }

  /** This record as stored after one successful update. */
  public RunRecord nextVersion() {
    return new RunRecord(
        runId, plan, state, cancelRequested, owner, createdAt, startedAt, finishedAt, version + 1);
  }
}
