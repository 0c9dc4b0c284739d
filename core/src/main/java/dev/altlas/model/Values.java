package dev.altlas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep immutable copies of JSON-like values (maps, lists, strings, numbers, booleans), keeping key
 * order so that written files stay stable.
 */
public final class Values {
  private Values() {}

  public static Map<String, Object> immutableMap(Map<String, ?> map) {
    var copy = new LinkedHashMap<String, Object>();
    map.forEach((k, v) -> copy.put(k, immutable(v)));
    return Collections.unmodifiableMap(copy);
  }

  public static Object immutable(Object value) {
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), immutable(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      var copy = new ArrayList<Object>(list.size());
      list.forEach(v -> copy.add(immutable(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
