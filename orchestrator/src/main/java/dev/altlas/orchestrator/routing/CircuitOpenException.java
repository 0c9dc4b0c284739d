package dev.altlas.orchestrator.routing;

import dev.altlas.ai.ModelException;

/** A provider was not called because its circuit breaker is open. */
final class CircuitOpenException extends ModelException {
  private static final long serialVersionUID = 1L;

  CircuitOpenException(String provider) {
    super(
        "ai.unavailable",
        provider + " is not called for now: it failed repeatedly and its circuit breaker is open",
        true);
  }
}
