package dev.altlas.store.jdbc;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file of an embedded H2 database ({@code NAME.mv.db}), looked at before H2 opens it and named
 * when H2 cannot. H2 on its own creates a missing or empty file as a new database, prints stack
 * traces when its folder is read-only, and calls a damaged file an "IO Exception".
 *
 * @param file the {@code .mv.db} file
 */
record EmbeddedFile(Path file) {
  /** What H2 adds to the database name. */
  static final String SUFFIX = ".mv.db";

  /** H2's file systems that keep the database in a file of that name. */
  private static final Pattern FILE_SYSTEMS = Pattern.compile("^(file|async|nio|nioMapped|retry):");

  /** H2 error codes of a file it cannot read: IO_EXCEPTION_1/2, FILE_CORRUPTED_1, FILE_VERSION. */
  private static final Set<Integer> UNREADABLE = Set.of(90028, 90031, 90030, 90048);

  /**
   * H2 error codes of a file or folder it cannot write: FILE_CREATION_FAILED_1, TRACE_FILE_ERROR_2,
   * DATABASE_IS_READ_ONLY, and FEATURE_NOT_SUPPORTED_1, which auto-server mode gives on a read-only
   * file.
   */
  private static final Set<Integer> UNWRITABLE = Set.of(90062, 90034, 90097, 50100);

  /** The file of an H2 URL that keeps the database in a file; empty for other URLs. */
  static Optional<EmbeddedFile> of(JdbcSettings settings) {
    if (settings.vendor() != JdbcSettings.Vendor.H2) {
      return Optional.empty();
    }
    String name = settings.url().substring("jdbc:h2:".length());
    int parameters = name.indexOf(';');
    name = parameters < 0 ? name : name.substring(0, parameters);
    while (FILE_SYSTEMS.matcher(name).find()) {
      name = FILE_SYSTEMS.matcher(name).replaceFirst("");
    }
    if (name.isEmpty() || name.matches("^[A-Za-z][A-Za-z0-9]+:.*")) {
      // mem:, tcp:, ssl:, zip:, memFS: … keep the database elsewhere
      return Optional.empty();
    }
    if (name.equals("~") || name.startsWith("~/")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    try {
      return Optional.of(new EmbeddedFile(Path.of(name + SUFFIX).toAbsolutePath()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** What the file system says about the file and the folders it needs. */
  record Facts(
      Path nearestExisting,
      boolean nearestIsDirectory,
      boolean nearestWritable,
      boolean fileExists,
      long fileSize,
      boolean fileWritable) {}

  Facts facts() {
    Path nearest = file.getParent();
    while (nearest != null && !Files.exists(nearest)) {
      nearest = nearest.getParent();
    }
    boolean exists = Files.isRegularFile(file);
    long size;
    try {
      size = exists ? Files.size(file) : 0;
    } catch (java.io.IOException e) {
      size = -1;
    }
    return new Facts(
        nearest,
        nearest != null && Files.isDirectory(nearest),
        nearest != null && Files.isWritable(nearest),
        exists,
        size,
        exists && Files.isWritable(file));
  }

  /**
   * @throws DatabaseFileException when H2 would fail on the file, or replace what it held
   */
  void checkBeforeOpening() {
    problem(facts())
        .ifPresent(
            e -> {
              throw e;
            });
  }

  /** The problem these facts show, if any. */
  Optional<DatabaseFileException> problem(Facts facts) {
    if (facts.nearestExisting() == null) {
      return Optional.empty();
    }
    if (!facts.nearestIsDirectory()) {
      return Optional.of(
          new DatabaseFileException(
              DatabaseFileException.Problem.NOT_A_DIRECTORY,
              facts.nearestExisting(),
              facts.nearestExisting()
                  + " is a file, but the embedded database needs a folder there for "
                  + file
                  + "; move the file away or keep the database elsewhere",
              null));
    }
    if (!facts.nearestWritable() || (facts.fileExists() && !facts.fileWritable())) {
      Path path = facts.fileExists() && facts.nearestWritable() ? file : facts.nearestExisting();
      return Optional.of(readOnly(path, null));
    }
    if (facts.fileExists() && facts.fileSize() == 0) {
      return Optional.of(
          new DatabaseFileException(
              DatabaseFileException.Problem.EMPTY,
              file,
              "the database file "
                  + file
                  + " is empty (0 bytes): what it held is lost, and opening it would start a new,"
                  + " empty database; restore it from a backup, or delete it to start afresh",
              null));
    }
    return Optional.empty();
  }

  /**
   * What H2 failing to open the file means, named for people; {@code failure} itself when it is not
   * about the file.
   */
  RuntimeException explain(RuntimeException failure) {
    Integer code = h2ErrorCode(failure);
    if (code == null) {
      return failure;
    }
    if (UNWRITABLE.contains(code)) {
      Facts facts = facts();
      if (!facts.nearestWritable() || (facts.fileExists() && !facts.fileWritable())) {
        return readOnly(facts.fileExists() ? file : facts.nearestExisting(), failure);
      }
      return failure;
    }
    if (UNREADABLE.contains(code) && Files.isRegularFile(file)) {
      return new DatabaseFileException(
          DatabaseFileException.Problem.DAMAGED,
          file,
          "the database file "
              + file
              + " is damaged: H2 cannot read it (truncated, overwritten, or written by another H2"
              + " version); restore it from a backup, or move it aside to start an empty database;"
              + " for data that matters, use PostgreSQL",
          failure);
    }
    return failure;
  }

  private DatabaseFileException readOnly(Path path, Throwable cause) {
    return new DatabaseFileException(
        DatabaseFileException.Problem.READ_ONLY,
        path,
        path
            + " is read-only, but the embedded database writes "
            + file
            + " (and a lock file beside it) even to read; make it writable",
        cause);
  }

  private static Integer h2ErrorCode(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
        return sql.getErrorCode();
      }
    }
    return null;
  }
}
