package dev.altlas.model;

/** How the planner and the runner treat a command. */
public enum Mode {
  /** Deterministic plan, run as written. */
  NORMAL,
  /** Creative variants of generative steps. */
  DREAM,
  /** Alternative branches beside the main one. */
  EXPLORE,
  /** Seeded faults and latency injected at {@code chaos_level}, to exercise resilience. */
  CHAOS
}
