package dev.altlas.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ${…}} reference inside a parameter, {@code for_each} or {@code condition}.
 *
 * <ul>
 *   <li>{@code ${tasks.ID.output}} or {@code ${tasks.ID.output.a.b}}: an upstream task's output
 *   <li>{@code ${item}} or {@code ${item.field}}: the current element under {@code for_each}
 *   <li>{@code ${inputs.NAME}}: a plan input
 * </ul>
 *
 * @param root {@code tasks}, {@code item} or {@code inputs}
 * @param name the task id or input name; empty for {@code item}
 * @param path the dotted path after {@code output} (tasks), the name (inputs) or {@code item}
 * @param text the reference as written, including {@code ${ }}
 */
public record Reference(Root root, String name, List<String> path, String text) {

  /** What a reference points into. */
  public enum Root {
    TASKS,
    ITEM,
    INPUTS
  }

  private static final Pattern ANY = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[0-9]+");

  public Reference {
    path = List.copyOf(path);
  }

  /** Whether the whole string is exactly one reference (so the value keeps its JSON type). */
  public static boolean isWhole(String s) {
    Matcher m = ANY.matcher(s);
    return m.matches();
  }

  /**
   * All references in a string.
   *
   * @throws IllegalArgumentException naming the malformed reference
   */
  public static List<Reference> findAll(String s) {
    var refs = new ArrayList<Reference>();
    Matcher m = ANY.matcher(s);
    while (m.find()) {
      refs.add(parse(m.group(0), m.group(1).trim()));
    }
    int open = s.indexOf("${");
    if (open >= 0 && refs.isEmpty()) {
      throw new IllegalArgumentException("unclosed reference '" + s.substring(open) + "'");
    }
    return refs;
  }

  private static Reference parse(String text, String body) {
    String[] parts = body.split("\\.", -1);
    for (String p : parts) {
      if (!SEGMENT.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "malformed reference " + text + ": '" + p + "' is not a name or an index");
      }
    }
    return switch (parts[0]) {
      case "tasks" -> {
        if (parts.length < 3 || !parts[2].equals("output")) {
          throw new IllegalArgumentException(
              "malformed reference " + text + ": expected ${tasks.ID.output[.field…]}");
        }
        yield new Reference(Root.TASKS, parts[1], List.of(parts).subList(3, parts.length), text);
      }
      case "item" -> new Reference(Root.ITEM, "", List.of(parts).subList(1, parts.length), text);
      case "inputs" -> {
        if (parts.length < 2) {
          throw new IllegalArgumentException(
              "malformed reference " + text + ": expected ${inputs.NAME}");
        }
        yield new Reference(Root.INPUTS, parts[1], List.of(parts).subList(2, parts.length), text);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown reference " + text + ": it must start with tasks., item or inputs.");
    };
  }

  /** {@code ${tasks.ID.output.PATH}} for building plans. */
  public static String toTask(String taskId, String... path) {
    var sb = new StringBuilder("${tasks.").append(taskId).append(".output");
    for (String p : path) {
      sb.append('.').append(p);
    }
    return sb.append('}').toString();
  }
}
