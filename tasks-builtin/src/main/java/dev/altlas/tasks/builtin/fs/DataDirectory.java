package dev.altlas.tasks.builtin.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * ALT_LAS's own data directory ({@code $ALTLAS_HOME}): its settings, database, index, artifacts and
 * atlas files. No file task may reach it, whatever the workspace roots, or a plan could rewrite the
 * settings (for example allow {@code shell.exec} to run a shell) or the stored runs.
 *
 * <p>A path is inside when its name starts with the directory's (as given or with links resolved),
 * or when one of its existing ancestors is the very same directory on disk. The second catches what
 * names alone miss: another spelling on a case-insensitive file system, a short name on Windows, a
 * bind mount.
 */
final class DataDirectory {
  /** No data directory to keep out: handlers used without an installation (tests, tools). */
  static final DataDirectory NONE = new DataDirectory(Optional.empty());

  private final Optional<Path> path;

  private DataDirectory(Optional<Path> path) {
    this.path = path.map(p -> p.toAbsolutePath().normalize());
  }

  static DataDirectory at(Path path) {
    return new DataDirectory(Optional.of(path));
  }

  /** The directory as configured, for messages. */
  Optional<Path> path() {
    return path;
  }

  /**
   * Whether a real (absolute, link-free as far as it exists) path is the data directory or lies
   * inside it.
   */
  boolean holds(Path real) {
    if (path.isEmpty()) {
      return false;
    }
    Path dir = path.get();
    if (real.startsWith(dir) || realDirectory().map(real::startsWith).orElse(false)) {
      return true;
    }
    Optional<Object> key = fileKey(dir);
    for (Path p = real; p != null; p = p.getParent()) {
      if (sameAsDirectory(p, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a directory met while walking a tree is the data directory.
   *
   * @param attrs its attributes, as the walk read them
   */
  boolean isItself(Path directory, BasicFileAttributes attrs) {
    if (path.isEmpty()) {
      return false;
    }
    Optional<Object> key = fileKey(path.get());
    if (key.isPresent() && attrs.fileKey() != null) {
      return key.get().equals(attrs.fileKey());
    }
    return sameAsDirectory(directory, key);
  }

  private Optional<Path> realDirectory() {
    try {
      return Optional.of(path.orElseThrow().toRealPath());
    } catch (IOException e) {
      // Not there (yet): the name as given is all there is to compare.
      return Optional.empty();
    }
  }

  private boolean sameAsDirectory(Path candidate, Optional<Object> key) {
    try {
      if (key.isPresent()) {
        Object candidateKey = Files.readAttributes(candidate, BasicFileAttributes.class).fileKey();
        return key.get().equals(candidateKey);
      }
      return Files.isSameFile(candidate, path.orElseThrow());
    } catch (IOException e) {
      // A path that does not exist (yet) is not the data directory, which does.
      return false;
    }
  }

  /** What identifies the directory on disk (device and inode), where the file system says. */
  private static Optional<Object> fileKey(Path dir) {
    try {
      return Optional.ofNullable(Files.readAttributes(dir, BasicFileAttributes.class).fileKey());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
