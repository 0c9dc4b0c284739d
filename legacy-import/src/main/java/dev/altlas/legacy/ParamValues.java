package dev.altlas.legacy;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.plan.Reference;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Converts legacy values to the JSON type a catalog parameter takes, where the conversion cannot
 * change the meaning: {@code "30"} for a count, {@code "get"} for {@code GET}, one address for a
 * list of recipients. Anything else is reported, never forced.
 */
final class ParamValues {
  private ParamValues() {}

  static Converted convert(ParamSpec spec, Object value) {
    if (value instanceof String s && Reference.isWhole(s.trim())) {
      return Converted.of(value);
    }
    Object converted =
        switch (spec.type()) {
          case STRING ->
              value instanceof String || value instanceof Number || value instanceof Boolean
                  ? String.valueOf(value)
                  : null;
          case INTEGER -> integer(value);
          case NUMBER -> number(value);
          case BOOLEAN -> bool(value);
          case LIST -> list(value);
          case OBJECT -> value instanceof Map<?, ?> ? value : null;
          case ANY -> value;
        };
    if (converted == null) {
      return Converted.unfit(
          "'" + spec.name() + "' must be " + spec.type().wireName() + ", not " + describe(value));
    }
    if (!spec.allowed().isEmpty()) {
      return allowed(spec, converted);
    }
    if (spec.min() != null && converted instanceof Number n && n.doubleValue() < spec.min()) {
      return Converted.unfit(
          "'" + spec.name() + "' must be at least " + spec.min() + ", not " + converted);
    }
    return Converted.of(converted);
  }

  private static Converted allowed(ParamSpec spec, Object value) {
    for (String option : spec.allowed()) {
      if (option.equalsIgnoreCase(String.valueOf(value).trim())) {
        return Converted.of(option);
      }
    }
    return Converted.unfit(
        "'"
            + spec.name()
            + "' must be one of "
            + String.join(", ", spec.allowed())
            + ", not "
            + describe(value));
  }

  private static Object integer(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    if (value instanceof String s && s.trim().matches("-?[0-9]{1,15}")) {
      return Long.parseLong(s.trim());
    }
    return null;
  }

  private static Object number(Object value) {
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof String s && s.trim().matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) {
      return Double.parseDouble(s.trim());
    }
    return null;
  }

  private static Object bool(Object value) {
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    return null;
  }

  /** A list as is; a text is split at commas or semicolons, as the prototypes wrote recipients. */
  private static Object list(Object value) {
    if (value instanceof List<?>) {
      return value;
    }
    if (value instanceof String s) {
      return Arrays.stream(s.split("[,;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return List.of(value);
    }
    return null;
  }

  static String describe(Object value) {
    if (value instanceof String s) {
      return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    return String.valueOf(value);
  }
}
