package dev.altlas.segmentation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task of a plan that changes the world outside the run: a file written, a message sent, a
 * request that is not a read, a program run.
 *
 * <p>Two are the same effect when they have the same type, parameters and {@code for_each},
 * whatever their task ids and titles: the same thing done to the same target with the same content.
 */
public record SideEffect(String taskId, String type, Map<String, Object> params, String forEach) {

  /** The parameters that say what an effect touches, in the order messages mention them. */
  private static final List<String> TARGETS =
      List.of("method", "path", "url", "to", "cc", "key", "command", "args");

  public SideEffect {
    params = params == null ? Map.of() : params;
  }

  /** Whether it does what {@code other} does, task ids and titles aside. */
  public boolean sameAs(SideEffect other) {
    return type.equals(other.type)
        && params.equals(other.params)
        && Objects.equals(forEach, other.forEach);
  }

  /**
   * For people: the type and what it touches, e.g. {@code fs.write path ./docs/a.txt (overwrite)}
   * or {@code http.request method POST url https://example.com/hook}.
   */
  public String describe() {
    var sb = new StringBuilder(type);
    for (String name : TARGETS) {
      if (params.get(name) != null) {
        sb.append(' ').append(name).append(' ').append(params.get(name));
      }
    }
    if (Boolean.TRUE.equals(params.get("overwrite"))) {
      sb.append(" (overwrite)");
    }
    if (forEach != null) {
      sb.append(" for each of ").append(forEach);
    }
    return sb.toString();
  }
}
