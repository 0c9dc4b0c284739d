package dev.altlas.plan;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import java.time.Instant;

/**
 * What a person asked for, and how.
 *
 * @param language {@code tr}, {@code en}, … or null to detect it from the command
 * @param chaosLevel 1..10, only with {@link Mode#CHAOS}; null otherwise
 * @param seed makes every choice repeatable; the same request always gives the same plan
 * @param now the plan's {@code created_at}; passed in so that planning stays deterministic
 */
public record PlanRequest(
    String command,
    String language,
    Mode mode,
    Persona persona,
    Integer chaosLevel,
    long seed,
    Instant now) {

  public PlanRequest {
    if (command == null || command.isBlank()) {
      throw new IllegalArgumentException("the command is empty");
    }
    if (mode == null) {
      mode = Mode.NORMAL;
    }
    if (persona == null) {
      persona = Persona.TECHNICAL_EXPERT;
    }
    if (chaosLevel != null && mode != Mode.CHAOS) {
      throw new IllegalArgumentException("chaos_level is only allowed with mode chaos");
    }
    if (mode == Mode.CHAOS && chaosLevel == null) {
      chaosLevel = 5;
    }
    if (chaosLevel != null && (chaosLevel < 1 || chaosLevel > 10)) {
      throw new IllegalArgumentException("chaos_level must be 1..10, was " + chaosLevel);
    }
  }

  /** A normal-mode request with default persona. */
  public static PlanRequest of(String command, long seed, Instant now) {
    return new PlanRequest(command, null, Mode.NORMAL, null, null, seed, now);
  }
}
