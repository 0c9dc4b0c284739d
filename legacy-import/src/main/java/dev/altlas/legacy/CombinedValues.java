package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Legacy values that hold two catalog parameters in one: {@code docs/*.md} is a directory and a
 * pattern, {@code ls -la docs} a program and its arguments.
 */
final class CombinedValues {
  static final Pattern GLOB = Pattern.compile("[*?]");
  // What a shell would interpret; shell.exec runs one program with plain arguments, no shell.
  private static final Pattern SHELL_SYNTAX = Pattern.compile("[|&;<>()$`\\\\\"'*?~{}\\[\\]]");

  private CombinedValues() {}

  /**
   * Splits the combined values of a type's parameters in place.
   *
   * @return why the values cannot be split, phrased to follow the task's name; empty when they were
   *     split or needed no split
   */
  static Optional<String> split(String type, Map<String, Object> values) {
    if (type.equals("fs.list")
        && values.get("path") instanceof String path
        && !values.containsKey("glob")
        && GLOB.matcher(path).find()) {
      int wildcard = GLOB.matcher(path).results().findFirst().orElseThrow().start();
      int slash = path.lastIndexOf('/', wildcard);
      String glob = path.substring(slash + 1);
      values.put("path", slash < 0 ? "." : path.substring(0, Math.max(slash, 1)));
      values.put("glob", glob);
      if (glob.contains("/") && !values.containsKey("recursive")) {
        values.put("recursive", true);
      }
    }
    if (type.equals("shell.exec") && values.get("command") instanceof String command) {
      if (SHELL_SYNTAX.matcher(command).find()) {
        return Optional.of(
            " runs '"
                + command
                + "', which needs a shell; shell.exec runs one program with plain arguments");
      }
      String[] words = command.strip().split("\\s+");
      if (words.length > 1) {
        var args = new ArrayList<Object>(List.of(words).subList(1, words.length));
        Object given = values.get("args");
        if (given instanceof List<?> list) {
          args.addAll(list);
        } else if (given != null) {
          args.add(given);
        }
        values.put("command", words[0]);
        values.put("args", args);
      }
    }
    return Optional.empty();
  }
}
