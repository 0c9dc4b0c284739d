package dev.altlas.model;

/** Final state of one task in a run. */
public enum TaskStatus {
  SUCCEEDED,
  FAILED,
  SKIPPED,
  CANCELLED,
  TIMED_OUT
}
