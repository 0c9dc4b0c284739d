package dev.altlas.tasks.builtin.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Task outputs as maps whose keys keep the order they are given in, so results read the same. */
public final class Output {
  private Output() {}

  /**
   * A mutable map of the given entries, in order.
   *
   * @param keysAndValues key, value, key, value, …; values may be null
   */
  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    var out = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
