package dev.altlas.model;

/** Outcome of a whole run. */
public enum RunStatus {
  SUCCEEDED,
  PARTIALLY_SUCCEEDED,
  FAILED,
  CANCELLED
}
