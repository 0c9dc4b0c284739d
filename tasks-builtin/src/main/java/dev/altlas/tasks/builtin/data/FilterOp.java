package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import java.util.Locale;

/** The comparisons {@code data.filter} offers. */
enum FilterOp {
  EQ,
  NE,
  GT,
  GTE,
  LT,
  LTE,
  CONTAINS,
  STARTS_WITH,
  ENDS_WITH,
  MATCHES;

  static FilterOp parse(String name) throws TaskFailure {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam(
          "op",
          "must be one of eq, ne, gt, gte, lt, lte, contains, starts_with, ends_with, matches");
    }
  }

  boolean isTextual() {
    return this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH || this == MATCHES;
  }

  /** Whether an ordering op holds for the result of comparing the field with the value. */
  boolean holds(int comparison) {
    return switch (this) {
      case GT -> comparison > 0;
      case GTE -> comparison >= 0;
      case LT -> comparison < 0;
      case LTE -> comparison <= 0;
      default -> throw new IllegalStateException(this + " is not an ordering");
    };
  }
}
