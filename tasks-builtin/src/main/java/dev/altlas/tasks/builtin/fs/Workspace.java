package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.TypedSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The directories file tasks may touch ({@code altlas.fs.roots}). Relative paths resolve against
 * the first root; every path is normalised and its symbolic links resolved before it is checked, so
 * neither {@code ..} nor a link can lead outside.
 */
public final class Workspace {
  public static final String ROOTS = "altlas.fs.roots";

  private final List<Path> roots;

  public Workspace(List<Path> roots) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("a workspace needs at least one root");
    }
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
  }

  /** The roots from {@value #ROOTS}, the current directory when it is not set. */
  public static Workspace from(TypedSettings settings) {
    List<String> configured = settings.list(ROOTS);
    List<String> roots = configured.isEmpty() ? List.of(".") : configured;
    try {
      return new Workspace(roots.stream().map(Path::of).toList());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("setting " + ROOTS + ": " + e.getMessage(), e);
    }
  }

  /** The root relative paths resolve against, with its links resolved. */
  private Path firstRoot() {
    return realRoot(roots.getFirst());
  }

  /**
   * Resolves a path a task was given and checks that it stays inside the roots. The path need not
   * exist; the part that does is resolved to its real location.
   *
   * @param param the parameter the path came from, for error messages
   */
  public WorkspacePath resolve(String param, String text) throws TaskFailure {
    Path given;
    try {
      given = Path.of(text);
    } catch (InvalidPathException e) {
      throw TaskFailure.badParam(param, "is not a valid path: " + e.getReason());
    }
    Path absolute = (given.isAbsolute() ? given : roots.getFirst().resolve(given)).normalize();
    Path real = realLocation(absolute, text);
    if (!contains(real)) {
      throw outside(text);
    }
    return new WorkspacePath(real, display(real));
  }

  /** Whether a real (link-free) path lies inside one of the roots. */
  public boolean contains(Path real) {
    return roots.stream().anyMatch(root -> real.startsWith(realRoot(root)));
  }

  /** How outputs show a real path inside the workspace. */
  public String display(Path real) {
    Path first = firstRoot();
    if (!real.startsWith(first)) {
      return real.toString();
    }
    String relative = first.relativize(real).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  static TaskFailure outside(String text) {
    return new TaskFailure(
        "fs.outside_workspace", "'" + text + "' lies outside the workspace roots", false);
  }

  /**
   * The real location of a normalised absolute path: the longest existing prefix with its links
   * resolved, followed by the names that do not exist yet.
   */
  private static Path realLocation(Path absolute, String text) throws TaskFailure {
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = absolute;
    while (existing != null) {
      try {
        Path real = existing.toRealPath();
        for (Path name : missing) {
          real = real.resolve(name);
        }
        return real;
      } catch (NoSuchFileException e) {
        if (Files.isSymbolicLink(existing)) {
          // A dangling link: where it would lead once its target is created is not knowable now.
          throw new TaskFailure(
              "fs.outside_workspace",
              "'" + text + "' goes through the broken symbolic link " + existing,
              false);
        }
        missing.push(existing.getFileName());
        existing = existing.getParent();
      } catch (IOException e) {
        throw new TaskFailure("fs.io_error", "cannot resolve '" + text + "': " + e, false, e);
      }
    }
    return absolute;
  }

  private static Path realRoot(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      // A root that does not exist yet is compared as written.
      return root;
    }
  }
}
