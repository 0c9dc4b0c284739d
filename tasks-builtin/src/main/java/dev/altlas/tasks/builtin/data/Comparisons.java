package dev.altlas.tasks.builtin.data;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How two values compare: numbers (and numeric text) numerically, ISO dates as points in time,
 * other text with the collator of the configured locale, booleans false before true.
 */
final class Comparisons {
  private final Collator collator;

  Comparisons(Collator collator) {
    this.collator = collator;
  }

  /** The order of {@code a} and {@code b}, or empty when they cannot be compared. */
  OptionalInt compare(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return OptionalInt.of(Boolean.compare(x, y));
    }
    Optional<BigDecimal> na = Scalars.number(a);
    Optional<BigDecimal> nb = Scalars.number(b);
    if (na.isPresent() && nb.isPresent()) {
      return OptionalInt.of(na.get().compareTo(nb.get()));
    }
    if (a instanceof String x && b instanceof String y) {
      Optional<Instant> da = Scalars.date(x);
      Optional<Instant> db = Scalars.date(y);
      if (da.isPresent() && db.isPresent()) {
        return OptionalInt.of(da.get().compareTo(db.get()));
      }
      return OptionalInt.of(collator.compare(x, y));
    }
    return OptionalInt.empty();
  }

  /**
   * Equality as people mean it: {@code 3}, {@code 3.0} and {@code "3"} are equal, so are two forms
   * of one instant; otherwise text must match exactly.
   */
  boolean equal(Object a, Object b) {
    if (Objects.equals(a, b)) {
      return true;
    }
    if (a == null || b == null || a instanceof Boolean || b instanceof Boolean) {
      return false;
    }
    Optional<BigDecimal> na = Scalars.number(a);
    Optional<BigDecimal> nb = Scalars.number(b);
    if (na.isPresent() && nb.isPresent()) {
      return na.get().compareTo(nb.get()) == 0;
    }
    Optional<Instant> da = Scalars.date(a);
    Optional<Instant> db = Scalars.date(b);
    return da.isPresent() && db.isPresent() && da.get().equals(db.get());
  }
}
