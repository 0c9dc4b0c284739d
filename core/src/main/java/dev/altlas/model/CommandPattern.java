package dev.altlas.model;

import java.time.Instant;
import java.util.List;

/**
 * Commands that meant the same thing, and the plan that served them.
 *
 * @param intent a short label for what the commands ask, e.g. {@code list-sort-top}
 * @param normalizedCommand the command with its variable parts replaced by slot names
 * @param embedding vector of the normalised command, for similarity; may be empty
 * @param runs how many archived runs matched this pattern
 */
public record CommandPattern(
    String id,
    String intent,
    String language,
    String normalizedCommand,
    List<Float> embedding,
    PlanTemplate template,
    long runs,
    double successRate,
    Instant lastSeen) {

  public CommandPattern {
    embedding = embedding == null ? List.of() : List.copyOf(embedding);
  }
}
