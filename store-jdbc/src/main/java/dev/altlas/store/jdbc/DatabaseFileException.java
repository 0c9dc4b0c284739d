package dev.altlas.store.jdbc;

import java.nio.file.Path;

/**
 * The embedded database's file cannot be opened as the database it was: its folder cannot be
 * written, or the file is empty or damaged. Thrown before anything is written, so that a lost
 * database is never silently replaced by a new, empty one. The message names the path and what to
 * do; callers that know more (where backups or copies of the records are) add to it.
 */
public final class DatabaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the file. */
  public enum Problem {
    /** Its folder (or the nearest one that exists) cannot be written. */
    READ_ONLY,
    /** A file stands where its folder, or a folder above it, should be. */
    NOT_A_DIRECTORY,
    /** It is there with nothing in it: whatever it held is gone. */
    EMPTY,
    /** H2 cannot read it: truncated, overwritten, or of another H2 version. */
    DAMAGED
  }

  private final Problem problem;
  private final transient Path path;

  DatabaseFileException(Problem problem, Path path, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
    this.path = path;
  }

  public Problem problem() {
    return problem;
  }

  /** The file or folder the message names. */
  public Path path() {
    return path;
  }
}
