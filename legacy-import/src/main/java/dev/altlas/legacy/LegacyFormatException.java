package dev.altlas.legacy;

/**
 * A document that is not one of the two legacy plan shapes, or has a field of the wrong kind. The
 * message starts with the field, e.g. {@code segments[2].dependencies: expected a list ...}.
 */
public class LegacyFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the path of the offending field, e.g. {@code tasks[0].parameters}; empty for the
   *     whole document
   */
  public LegacyFormatException(String field, String problem) {
    super(field.isEmpty() ? problem : field + ": " + problem);
    this.field = field;
  }

  /** The path of the offending field; empty when the whole document is at fault. */
  public String field() {
    return field;
  }
}
