package dev.altlas.task;

import dev.altlas.model.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's resolved parameters, with typed accessors whose failures name the parameter.
 *
 * @param values JSON-like values by parameter name
 */
public record Params(Map<String, Object> values) {

  public Params {
    values = Values.immutableMap(values);
  }

  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String string(String name) throws TaskFailure {
    return optionalString(name).orElseThrow(() -> TaskFailure.badParam(name, "is required"));
  }

  public Optional<String> optionalString(String name) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return Optional.of(String.valueOf(v));
    }
    throw TaskFailure.badParam(name, "must be a string, not " + kind(v));
  }

  public long integer(String name, long fallback) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw TaskFailure.badParam(name, "must be a whole number, not '" + s + "'");
      }
    }
    throw TaskFailure.badParam(name, "must be a whole number, not " + kind(v));
  }

  public boolean bool(String name, boolean fallback) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw TaskFailure.badParam(name, "must be true or false, not " + kind(v));
  }

  public List<?> list(String name) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      throw TaskFailure.badParam(name, "is required");
    }
    if (v instanceof List<?> l) {
      return l;
    }
    throw TaskFailure.badParam(name, "must be a list, not " + kind(v));
  }

  public Map<?, ?> object(String name) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      return Map.of();
    }
    if (v instanceof Map<?, ?> m) {
      return m;
    }
    throw TaskFailure.badParam(name, "must be an object, not " + kind(v));
  }

  private static String kind(Object v) {
    return switch (v) {
      case String s -> "the text '" + (s.length() > 30 ? s.substring(0, 30) + "…" : s) + "'";
      case List<?> l -> "a list of " + l.size();
      case Map<?, ?> m -> "an object";
      default -> String.valueOf(v);
    };
  }
}
