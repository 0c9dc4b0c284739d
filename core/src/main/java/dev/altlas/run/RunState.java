package dev.altlas.run;

/** Where a run is in its life. */
public enum RunState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  PARTIALLY_SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}
