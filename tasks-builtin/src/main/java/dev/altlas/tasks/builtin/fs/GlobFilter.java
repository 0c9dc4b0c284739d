package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.TaskFailure;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.regex.PatternSyntaxException;

/**
 * Which listed files a glob selects. A glob without {@code /} matches the file name at any depth
 * ({@code *.md}); one with {@code /} matches the path below the listed directory, and a leading
 * {@code **}{@code /} also matches at the top ({@code **}{@code /*.md} selects {@code a.md}).
 */
final class GlobFilter {
  private final boolean byName;
  private final PathMatcher matcher;
  private final PathMatcher topLevel;

  private GlobFilter(boolean byName, PathMatcher matcher, PathMatcher topLevel) {
    this.byName = byName;
    this.matcher = matcher;
    this.topLevel = topLevel;
  }

  static GlobFilter of(String glob) throws TaskFailure {
    if (glob.startsWith("/") || Arrays.asList(glob.split("/")).contains("..")) {
      // Walked paths never contain these, but a plan asking for them wants to leave the directory.
      throw Workspace.outside(glob);
    }
    try {
      var fs = FileSystems.getDefault();
      PathMatcher matcher = fs.getPathMatcher("glob:" + glob);
      PathMatcher topLevel =
          glob.startsWith("**/") ? fs.getPathMatcher("glob:" + glob.substring(3)) : matcher;
      return new GlobFilter(!glob.contains("/"), matcher, topLevel);
    } catch (PatternSyntaxException e) {
      throw TaskFailure.badParam("glob", "is not a valid glob: " + e.getDescription());
    }
  }

  /**
   * @param relative the file's path below the listed directory
   */
  boolean matches(Path relative) {
    if (byName) {
      return matcher.matches(relative.getFileName());
    }
    return matcher.matches(relative)
        || (relative.getNameCount() == 1 && topLevel.matches(relative));
  }
}
