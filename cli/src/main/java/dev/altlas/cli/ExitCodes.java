package dev.altlas.cli;

/** What {@code altlas} exits with. */
final class ExitCodes {
  /** Done; the document is valid. */
  static final int OK = 0;

  /** The document is invalid, or the work failed. */
  static final int FAILED = 1;

  /** The command line is wrong: unknown option, bad value, missing or unreadable file. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
