package dev.altlas.model;

/** Scheduling priority of a plan's run. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  CRITICAL
}
