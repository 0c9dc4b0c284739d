package dev.altlas.model;

import java.time.Instant;
import java.util.List;

/** The part of a plan that describes it, copied into every {@code .last} result. */
public record PlanHeader(
    String id,
    Instant createdAt,
    String command,
    String language,
    Mode mode,
    Persona persona,
    Integer chaosLevel,
    Long seed,
    Priority priority,
    List<String> tags) {

  public PlanHeader {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
