package dev.altlas.archive;

/** A search query that cannot be run; the message says what is wrong and where. */
public class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }
}
