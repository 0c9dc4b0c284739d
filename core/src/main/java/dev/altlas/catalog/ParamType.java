package dev.altlas.catalog;

import java.util.List;
import java.util.Map;

/** The JSON type a task parameter takes. */
public enum ParamType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  LIST,
  OBJECT,
  ANY;

  /** Whether a literal value (not a reference) has this type. */
  public boolean accepts(Object value) {
    return switch (this) {
      case STRING -> value instanceof String;
      case INTEGER ->
          value instanceof Integer
              || value instanceof Long
              || value instanceof java.math.BigInteger;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case LIST -> value instanceof List<?>;
      case OBJECT -> value instanceof Map<?, ?>;
      case ANY -> true;
    };
  }

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
