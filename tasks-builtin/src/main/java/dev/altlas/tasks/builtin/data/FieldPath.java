package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A field of an item: {@code size}, {@code owner.name}, {@code tags.0}; {@code .} is the item
 * itself (for lists of plain values).
 */
record FieldPath(String text, List<String> segments) {

  static FieldPath parse(String param, String text) throws TaskFailure {
    String trimmed = text.trim();
    if (trimmed.equals(".")) {
      return new FieldPath(".", List.of());
    }
    List<String> segments = Arrays.asList(trimmed.split("\\.", -1));
    if (trimmed.isEmpty() || segments.stream().anyMatch(String::isBlank)) {
      throw TaskFailure.badParam(param, "is not a field path such as size or owner.name");
    }
    return new FieldPath(trimmed, List.copyOf(segments));
  }

  boolean isItself() {
    return segments.isEmpty();
  }

  /**
   * The field's value in an item; null when the item lacks it.
   *
   * @param index the item's position, for the error when the item is not an object
   */
  Object read(Object item, int index) throws TaskFailure {
    if (isItself()) {
      return item;
    }
    if (!(item instanceof Map<?, ?>)) {
      throw BadValue.item(
          index, "is " + BadValue.describe(item) + ", not an object with field '" + text + "'");
    }
    return walk(item, 0);
  }

  private Object walk(Object value, int from) {
    if (from == segments.size()) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      // A key that itself holds dots ("owner.name", as data.map writes selections) wins.
      String rest = String.join(".", segments.subList(from, segments.size()));
      if (segments.size() - from > 1 && map.containsKey(rest)) {
        return map.get(rest);
      }
      return walk(map.get(segments.get(from)), from + 1);
    }
    if (value instanceof List<?> list) {
      try {
        int i = Integer.parseInt(segments.get(from));
        return i >= 0 && i < list.size() ? walk(list.get(i), from + 1) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
