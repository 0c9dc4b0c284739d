package dev.altlas.tasks.builtin.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Task values as plain text a person reads (e-mail bodies, text files): maps as {@code key: value}
 * lines, lists as {@code -} bullets, nesting by indentation.
 */
public final class ReadableText {
  private ReadableText() {}

  public static String render(Object value) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      var out = new StringBuilder();
      block(value, "", out);
      return out.toString().stripTrailing() + "\n";
    }
    return scalar(value);
  }

  /** One scalar as text: {@code null} as empty, whole doubles without {@code .0} or exponent. */
  public static String scalar(Object value) {
    return switch (value) {
      case null -> "";
      case Double d when Double.isFinite(d) -> plain(BigDecimal.valueOf(d));
      case Float f when Float.isFinite(f) -> plain(new BigDecimal(f.toString()));
      case BigDecimal b -> plain(b);
      case Map<?, ?> m -> Json.compact(m);
      case List<?> l -> Json.compact(l);
      default -> String.valueOf(value);
    };
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static void block(Object value, String indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, v) -> {
            out.append(indent).append(key).append(':');
            nested(v, indent, out);
          });
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          // The first field goes on the bullet's line, the rest under it.
          var fields = new StringBuilder();
          block(map, indent + "  ", fields);
          out.append(indent).append("- ").append(fields.substring(indent.length() + 2));
        } else {
          out.append(indent).append('-');
          nested(item, indent, out);
        }
      }
    }
  }

  private static void nested(Object value, String indent, StringBuilder out) {
    boolean structured =
        (value instanceof Map<?, ?> m && !m.isEmpty())
            || (value instanceof List<?> l && !l.isEmpty());
    if (structured) {
      out.append('\n');
      block(value, indent + "  ", out);
    } else {
      String text = value instanceof Map<?, ?> || value instanceof List<?> ? "" : scalar(value);
      out.append(text.isEmpty() ? "" : " " + text).append('\n');
    }
  }
}
