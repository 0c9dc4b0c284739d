package dev.altlas.cli;

/** What the process's terminal can show. */
final class Terminal {
  private Terminal() {}

  /** Whether stdout is a terminal that shows ANSI styles (not a file or pipe, not NO_COLOR). */
  static boolean stylesOutput() {
    // On Java 21 there is a console only when both stdin and stdout are a terminal.
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
