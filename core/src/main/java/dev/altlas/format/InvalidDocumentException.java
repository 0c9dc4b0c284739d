package dev.altlas.format;

import java.util.List;
import java.util.stream.Collectors;

/** A document that is not a valid ALT_LAS document; {@link #problems()} says every reason. */
public class InvalidDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidDocumentException(String what, List<Problem> problems) {
    super(message(what, problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String message(String what, List<Problem> problems) {
    String head =
        problems.size() == 1
            ? what + " is invalid:"
            : what + " is invalid (" + problems.size() + " problems):";
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
  }
}
