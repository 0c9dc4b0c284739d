package dev.altlas.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the words after {@code altlas run} are: an {@code .alt} file to read, or a command to plan.
 * One word that names an existing file is the file; one word that looks like a plan file's name (it
 * ends in {@code .alt}, {@code .yaml}, {@code .yml} or {@code .json}, or it is a path: a separator
 * and no spaces) but names nothing is a mistake, not a command, since planning it as an English
 * sentence would record a run of nonsense.
 */
sealed interface PlanArgument {

  /** Endings of the files {@code altlas run} reads. */
  Pattern PLAN_FILE_NAME = Pattern.compile(".*\\.(alt|ya?ml|json)");

  /** An existing file. */
  record File(Path path) implements PlanArgument {}

  /** Words to plan. */
  record Command(String text) implements PlanArgument {}

  /** A plan file's name that names no file. */
  record MissingFile(String name) implements PlanArgument {}

  /**
   * @param isFile whether a path names an existing regular file
   */
  static PlanArgument of(List<String> words, Predicate<Path> isFile) {
    String joined = String.join(" ", words).strip();
    if (words.size() != 1) {
      return new Command(joined);
    }
    String word = words.get(0);
    Path path;
    try {
      path = Path.of(word);
    } catch (InvalidPathException e) {
      return new Command(joined);
    }
    if (isFile.test(path)) {
      return new File(path);
    }
    return looksLikeAFile(word) ? new MissingFile(word) : new Command(joined);
  }

  private static boolean looksLikeAFile(String word) {
    String name = word.strip();
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    if (PLAN_FILE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
      return true;
    }
    boolean separator = name.indexOf('/') >= 0 || name.indexOf(java.io.File.separatorChar) >= 0;
    return separator && !name.contains("://");
  }
}
