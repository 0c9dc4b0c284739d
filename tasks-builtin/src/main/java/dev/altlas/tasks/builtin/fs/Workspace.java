package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.TypedSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The directories file tasks may touch ({@code altlas.fs.roots}), less ALT_LAS's own data directory
 * ({@code altlas.data_dir}), which stays out of reach even when it lies under a root. Relative
 * paths resolve against the first root; every path is normalised and its symbolic links resolved
 * before it is checked, so neither {@code ..} nor a link can lead outside or into the data
 * directory.
 */
public final class Workspace {
  public static final String ROOTS = "altlas.fs.roots";

  /**
   * The installation's data directory, set by the application that runs the tasks (not by people):
   * the CLI passes {@code $ALTLAS_HOME}.
   */
  public static final String DATA_DIRECTORY = "altlas.data_dir";

  private final List<Path> roots;
  private final DataDirectory dataDirectory;

  /** Roots with no data directory to keep out. */
  public Workspace(List<Path> roots) {
    this(roots, DataDirectory.NONE);
  }

  /**
   * @param dataDirectory ALT_LAS's data directory, which no path may reach
   */
  public Workspace(List<Path> roots, Path dataDirectory) {
    this(roots, DataDirectory.at(dataDirectory));
  }

  private Workspace(List<Path> roots, DataDirectory dataDirectory) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("a workspace needs at least one root");
    }
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    this.dataDirectory = dataDirectory;
  }

  /**
   * The roots from {@value #ROOTS}, the current directory when it is not set, less the data
   * directory of {@value #DATA_DIRECTORY}.
   */
  public static Workspace from(TypedSettings settings) {
    List<String> configured = settings.list(ROOTS);
    List<String> roots = configured.isEmpty() ? List.of(".") : configured;
    List<Path> rootPaths = paths(ROOTS, roots);
    return settings
        .get(DATA_DIRECTORY)
        .map(dir -> new Workspace(rootPaths, paths(DATA_DIRECTORY, List.of(dir)).getFirst()))
        .orElseGet(() -> new Workspace(rootPaths));
  }

  private static List<Path> paths(String key, List<String> texts) {
    try {
      return texts.stream().map(Path::of).toList();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("setting " + key + ": " + e.getMessage(), e);
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
    // Checked by name first, so that not even resolving the path looks inside the data directory.
    if (dataDirectory.holds(absolute)) {
      throw insideDataDirectory(text);
    }
    Path real = realLocation(absolute, text);
    if (dataDirectory.holds(real)) {
      throw insideDataDirectory(text);
    }
    if (!insideRoots(real)) {
      throw outside(text);
    }
    return new WorkspacePath(real, display(real));
  }

  /**
   * Whether file tasks may use a real (link-free) path: inside one of the roots and not inside the
   * data directory.
   */
  public boolean allows(Path real) {
    return insideRoots(real) && !dataDirectory.holds(real);
  }

  /** Whether a directory met while walking a tree is the data directory, to be left out. */
  boolean isDataDirectory(Path directory, BasicFileAttributes attrs) {
    return dataDirectory.isItself(directory, attrs);
  }

  private boolean insideRoots(Path real) {
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

  private TaskFailure insideDataDirectory(String text) {
    return new TaskFailure(
        "fs.outside_workspace",
        "'"
            + text
            + "' is inside ALT_LAS's data directory "
            + dataDirectory.path().orElseThrow()
            + ", which holds its settings and stored runs; file tasks may not read or write there",
        false);
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
        throw new TaskFailure(
            "fs.io_error", "cannot resolve '" + text + "': " + IoProblem.describe(e), false, e);
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
