package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.ReadableText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One {@code data.filter} condition. A missing field satisfies only {@code ne} (with a value) and
 * {@code eq} with an empty value. Text operations ignore case, in the configured locale; {@code
 * contains} on a list field asks whether an element equals the value.
 */
final class Condition {
  private final FieldPath field;
  private final FilterOp op;
  private final Object value;
  private final Comparisons comparisons;
  private final Locale locale;
  private final GuardedRegex regex;

  Condition(FieldPath field, FilterOp op, Object value, Comparisons comparisons, Locale locale)
      throws TaskFailure {
    if (op.isTextual()
        && (value == null || value instanceof Map<?, ?> || value instanceof List<?>)) {
      throw TaskFailure.badParam("value", "must be text for " + op.name().toLowerCase(Locale.ROOT));
    }
    this.field = field;
    this.op = op;
    this.value = value;
    this.comparisons = comparisons;
    this.locale = locale;
    this.regex = op == FilterOp.MATCHES ? GuardedRegex.compile(ReadableText.scalar(value)) : null;
  }

  boolean test(Object item, int index) throws TaskFailure {
    Object v = field.read(item, index);
    return switch (op) {
      case EQ -> comparisons.equal(v, value);
      case NE -> !comparisons.equal(v, value);
      case GT, GTE, LT, LTE -> v != null && op.holds(order(v, index));
      case CONTAINS -> v != null && contains(v, index);
      case STARTS_WITH -> v != null && fold(text(v, index)).startsWith(fold(scalarValue()));
      case ENDS_WITH -> v != null && fold(text(v, index)).endsWith(fold(scalarValue()));
      case MATCHES -> v != null && regex.find(text(v, index));
    };
  }

  private int order(Object v, int index) throws TaskFailure {
    OptionalInt c = comparisons.compare(v, value);
    if (c.isEmpty()) {
      throw BadValue.field(
          index,
          field,
          "is "
              + BadValue.describe(v)
              + ", which cannot be compared with "
              + BadValue.describe(value));
    }
    return c.getAsInt();
  }

  private boolean contains(Object v, int index) throws TaskFailure {
    if (v instanceof List<?> list) {
      return list.stream().anyMatch(e -> comparisons.equal(e, value));
    }
    return fold(text(v, index)).contains(fold(scalarValue()));
  }

  private String text(Object v, int index) throws TaskFailure {
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw BadValue.field(
          index,
          field,
          "is " + BadValue.describe(v) + ", not text to " + op.name().toLowerCase(Locale.ROOT));
    }
    return ReadableText.scalar(v);
  }

  private String scalarValue() {
    return ReadableText.scalar(value);
  }

  private String fold(String s) {
    return s.toLowerCase(locale);
  }
}
