package dev.altlas.bench;

/**
 * The job JobRunr runs: a public static method that does nothing, as JobRunr can call it by name.
 */
public final class JobRunrNoop {
  private JobRunrNoop() {}

  public static void run() {
    // nothing: what is measured is JobRunr and its storage
  }
}
