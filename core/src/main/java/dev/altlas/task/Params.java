package dev.altlas.task;

import dev.altlas.model.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
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

  /**
   * A whole number of any size that fits a {@code long}; one beyond it fails rather than wraps.
   *
   * @see #integer(String, long, long, long)
   */
  public long integer(String name, long fallback) throws TaskFailure {
    return integer(name, fallback, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * A whole number from {@code min} to {@code max}; the fallback when the parameter is absent.
   * Anything else (a fraction, text that is no number, a number outside the range however large)
   * fails naming the parameter and the range: a count is never wrapped around or cut.
   */
  public long integer(String name, long fallback, long min, long max) throws TaskFailure {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    BigDecimal exact =
        exactly(v)
            .orElseThrow(
                () -> TaskFailure.badParam(name, "must be a whole number, not " + kind(v)));
    if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
      throw TaskFailure.badParam(name, "must be a whole number, not " + kind(v));
    }
    if (exact.compareTo(BigDecimal.valueOf(min)) < 0
        || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw TaskFailure.badParam(
          name, "must be a whole number " + range(min, max) + ", not " + kind(v));
    }
    return exact.longValueExact();
  }

  /** A number's exact value; text counts when it is a plain decimal number of sensible length. */
  private static Optional<BigDecimal> exactly(Object v) {
    return switch (v) {
      case BigDecimal d -> Optional.of(d);
      case BigInteger i -> Optional.of(new BigDecimal(i));
      case Double d when Double.isFinite(d) -> Optional.of(new BigDecimal(d));
      case Float f when Float.isFinite(f) -> Optional.of(new BigDecimal(f));
      case Long l -> Optional.of(BigDecimal.valueOf(l));
      case Integer i -> Optional.of(BigDecimal.valueOf(i));
      case Short s -> Optional.of(BigDecimal.valueOf(s));
      case Byte b -> Optional.of(BigDecimal.valueOf(b));
      case String s when s.strip().length() <= MAX_NUMBER_TEXT -> {
        try {
          yield Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
          yield Optional.empty();
        }
      }
      default -> Optional.empty();
    };
  }

  /** Longer than any number a count or size can use; such text is not parsed at all. */
  private static final int MAX_NUMBER_TEXT = 1_000;

  private static String range(long min, long max) {
    if (max == Long.MAX_VALUE && min != Long.MIN_VALUE) {
      return "of at least " + String.format(Locale.ROOT, "%,d", min);
    }
    if (min == Long.MIN_VALUE && max != Long.MAX_VALUE) {
      return "of at most " + String.format(Locale.ROOT, "%,d", max);
    }
    return String.format(Locale.ROOT, "from %,d to %,d", min, max);
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
      case Number n when String.valueOf(n).length() > 40 ->
          String.valueOf(n).substring(0, 40) + "… (" + String.valueOf(n).length() + " digits)";
      default -> String.valueOf(v);
    };
  }
}
