package dev.altlas.run;

/** Where one task (or one item of a {@code for_each}) of a run is. */
public enum TaskState {
  /** Some dependency has not finished. */
  WAITING,
  /** May start once {@code not_before} has passed. */
  READY,
  /** A worker holds the lease and is running an attempt. */
  RUNNING,
  /** Waiting for a person to approve or reject. */
  AWAITING_APPROVAL,
  /** Its items are running; finishes when they all have. */
  FANNED_OUT,
  SUCCEEDED,
  FAILED,
  SKIPPED,
  CANCELLED,
  TIMED_OUT;

  public boolean finished() {
    return switch (this) {
      case SUCCEEDED, FAILED, SKIPPED, CANCELLED, TIMED_OUT -> true;
      default -> false;
    };
  }
}
