package dev.altlas.bus;

import java.time.Instant;

/**
 * A task of a run that may start, as handed to workers.
 *
 * @param notBefore earliest time a worker gets it (retry backoff); null for now
 */
public record ReadyTask(String runId, String taskKey, Instant notBefore) {}
