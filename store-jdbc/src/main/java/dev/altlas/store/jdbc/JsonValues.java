package dev.altlas.store.jdbc;

import dev.altlas.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Task outputs and side-effect results as JSON text.
 *
 * <p>Values are JSON-like: maps with string keys, lists, strings, numbers, booleans and null.
 * Anything else is refused when written, naming where it sits, because it would come back as
 * something else (a record as a map, an {@code Instant} as a number).
 *
 * <p>Values come back as reading JSON gives them, the same as the {@code .last} reader: objects as
 * maps in the written key order, whole numbers as {@code Integer} when they fit, else {@code Long},
 * else {@code BigInteger}; other numbers as {@code Double}. A value already in that form reads back
 * equal to what was written; a {@code Long 5} comes back as {@code Integer 5}, a {@code BigDecimal}
 * as the nearest {@code Double}.
 */
final class JsonValues {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonValues() {}

  /**
   * @param what names the value in an error, e.g. {@code output of task 'list'}
   */
  static String write(Object value, String what) {
    check(value, what, "");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          what + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A deep immutable value, or null for {@code null} text (an absent value). */
  static Object read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Values.immutable(MAPPER.readValue(text, Object.class));
    } catch (JacksonException e) {
      throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static void check(Object value, String what, String path) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return;
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      checkFinite(((Number) value).doubleValue(), value, what, path);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!(k instanceof String key)) {
              throw new IllegalArgumentException(
                  what
                      + ": "
                      + at(path)
                      + " has the key "
                      + describe(k)
                      + "; JSON keys are strings");
            }
            check(v, what, path.isEmpty() ? key : path + "." + key);
          });
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), what, path + "[" + i + "]");
      }
    } else {
      throw new IllegalArgumentException(
          what
              + ": "
              + at(path)
              + " is "
              + describe(value)
              + ", not a JSON value (maps, lists, strings, numbers, booleans, null)");
    }
  }

  /** NaN and infinities have no JSON form; a decimal beyond a double's range reads back as one. */
  private static void checkFinite(double d, Object value, String what, String path) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(
          what + ": " + at(path) + " is " + value + ", which no JSON number reads back as");
    }
  }

  private static String at(String path) {
    return path.isEmpty() ? "the value" : path;
  }

  private static String describe(Object value) {
    return value == null ? "null" : "a " + value.getClass().getName();
  }
}
