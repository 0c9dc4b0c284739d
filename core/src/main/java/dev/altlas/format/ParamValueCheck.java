package dev.altlas.format;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.plan.Reference;
import java.util.Optional;

/**
 * Checks a literal parameter value against its catalog spec; references are checked at run time.
 */
final class ParamValueCheck {
  private ParamValueCheck() {}

  static Optional<Problem> check(ParamSpec spec, Object value, String path) {
    if (value instanceof String s && Reference.isWhole(s.trim())) {
      return Optional.empty();
    }
    if (value == null) {
      return Optional.of(Problem.at(path, "'" + spec.name() + "' must not be null"));
    }
    if (!spec.type().accepts(value)) {
      return Optional.of(
          Problem.at(
              path,
              "'"
                  + spec.name()
                  + "' must be "
                  + article(spec.type().wireName())
                  + " or a ${…} reference, not "
                  + describe(value)));
    }
    if (!spec.allowed().isEmpty() && !spec.allowed().contains(String.valueOf(value))) {
      return Optional.of(
          Problem.at(
              path,
              "'"
                  + spec.name()
                  + "' must be one of "
                  + String.join(", ", spec.allowed())
                  + ", not '"
                  + value
                  + "'"));
    }
    if (spec.min() != null && value instanceof Number n && n.doubleValue() < spec.min()) {
      return Optional.of(
          Problem.at(path, "'" + spec.name() + "' must be at least " + spec.min() + ", not " + n));
    }
    return Optional.empty();
  }

  private static String article(String type) {
    return (type.startsWith("i") || type.startsWith("o") || type.startsWith("a") ? "an " : "a ")
        + type;
  }

  static String describe(Object value) {
    if (value instanceof String s) {
      return "the string '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
    if (value instanceof java.util.List<?>) {
      return "a list";
    }
    if (value instanceof java.util.Map<?, ?>) {
      return "an object";
    }
    if (value instanceof Boolean) {
      return "a boolean (" + value + ")";
    }
    return "the number " + value;
  }
}
