package dev.altlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The ALT_LAS data directory: {@code $ALTLAS_HOME}, or {@code ~/.altlas} when it is not set.
 *
 * <p>Nothing is created when it is resolved; {@link #create()} makes it the first time something is
 * written there.
 *
 * @param setByVariable whether {@code ALTLAS_HOME} chose it
 */
public record AltlasHome(Path path, boolean setByVariable) {

  /** The environment variable that moves the data directory. */
  public static final String VARIABLE = "ALTLAS_HOME";

  /** The directory under the user's home used when {@value #VARIABLE} is not set. */
  public static final String DEFAULT_DIRECTORY = ".altlas";

  /** The folder of every finished run's {@code .last} record. */
  static final String RUNS = "runs";

  /** The folder of the embedded search index. */
  static final String SEARCH = "search";

  public AltlasHome {
    path = path.toAbsolutePath().normalize();
  }

  /** The data directory of this process. */
  public static AltlasHome fromEnvironment() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * @param env the environment variables
   * @param userHome the user's home directory
   */
  public static AltlasHome resolve(Map<String, String> env, String userHome) {
    String value = env.get(VARIABLE);
    if (value != null && !value.isBlank()) {
      String trimmed = value.strip();
      if (trimmed.equals("~")) {
        return new AltlasHome(Path.of(userHome), true);
      }
      if (trimmed.startsWith("~/")) {
        return new AltlasHome(Path.of(userHome, trimmed.substring(2)), true);
      }
      return new AltlasHome(Path.of(trimmed), true);
    }
    return new AltlasHome(Path.of(userHome, DEFAULT_DIRECTORY), false);
  }

  /** Where every finished run's {@code .last} record is kept. */
  Path runs() {
    return path.resolve(RUNS);
  }

  /** Where it comes from, for people: {@code set by ALTLAS_HOME} or the default. */
  public String origin() {
    return setByVariable
        ? "set by " + VARIABLE
        : "default; set " + VARIABLE + " to use another directory";
  }

  /** Creates the directory (and its parents) if it does not exist yet, and returns it. */
  public Path create() throws IOException {
    return Files.createDirectories(path);
  }

  /**
   * Why this directory cannot hold an installation, for a person who can act on it; empty when it
   * can (it is, or can be created as, a folder this process may write).
   */
  public Optional<String> unusable() {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return unusable(
        path, existing, existing != null && Files.isDirectory(existing), isWritable(existing));
  }

  private static boolean isWritable(Path existing) {
    return existing != null && Files.isWritable(existing);
  }

  /**
   * @param existing the directory itself, or the nearest of its parents that exists (null: none)
   */
  static Optional<String> unusable(
      Path path, Path existing, boolean existingIsDirectory, boolean existingWritable) {
    String elsewhere = "; set " + VARIABLE + " to a folder you can write";
    if (existing == null) {
      return Optional.of("cannot create the data directory " + path + ": no parent exists");
    }
    if (!existingIsDirectory) {
      return Optional.of(
          existing.equals(path)
              ? "the data directory " + path + " is a file, not a folder" + elsewhere
              : "cannot create the data directory "
                  + path
                  + ": "
                  + existing
                  + " is a file, not a folder"
                  + elsewhere);
    }
    if (!existingWritable) {
      return Optional.of(
          existing.equals(path)
              ? "the data directory "
                  + path
                  + " is read-only, but altlas writes its database, search index and run records"
                  + " there; make it writable, or"
                  + elsewhere.substring(1)
              : "cannot create the data directory "
                  + path
                  + ": "
                  + existing
                  + " is read-only"
                  + elsewhere);
    }
    return Optional.empty();
  }
}
