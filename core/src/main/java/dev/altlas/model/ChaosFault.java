package dev.altlas.model;

import java.time.Duration;

/**
 * A fault the planner injected in {@code chaos} mode; the runner applies it.
 *
 * @param failAttempts the first this-many attempts fail with a chaos error
 * @param latency added before each attempt
 */
public record ChaosFault(int failAttempts, Duration latency) {}
