package dev.altlas.cli;

import java.util.List;

/**
 * Ends a command with an exit code and a few lines for stderr; never shown as a stack trace.
 *
 * @see ExitCodes
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient List<String> details;

  private CliFailure(int exitCode, String message, List<String> details) {
    super(message);
    this.exitCode = exitCode;
    this.details = List.copyOf(details);
  }

  /** The work failed or the document is invalid (exit 1). */
  static CliFailure failed(String message, List<String> details) {
    return new CliFailure(ExitCodes.FAILED, message, details);
  }

  static CliFailure failed(String message) {
    return failed(message, List.of());
  }

  /** The command line asked for something impossible (exit 2). */
  static CliFailure usage(String message) {
    return new CliFailure(ExitCodes.USAGE, message, List.of());
  }

  int exitCode() {
    return exitCode;
  }

  /** Lines printed after the message, e.g. one per problem of a document. */
  List<String> details() {
    return details;
  }
}
