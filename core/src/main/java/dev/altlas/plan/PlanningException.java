package dev.altlas.plan;

/** A command that could not be turned into a plan, with a reason a person can act on. */
public class PlanningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PlanningException(String message) {
    super(message);
  }
}
