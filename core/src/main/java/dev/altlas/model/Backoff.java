package dev.altlas.model;

/** How the delay between retry attempts grows. */
public enum Backoff {
  NONE,
  FIXED,
  EXPONENTIAL
}
