package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of the sort field across a list, turned into keys of one kind so that they have a
 * total order. The kind is chosen for the whole column, not per pair (which would not be
 * transitive): numbers when all values are numbers or numeric text, dates when all are ISO dates,
 * collated text when all are text, booleans when all are booleans. Missing values sort last.
 */
final class SortColumn {
  private final List<Object> keys;
  private final Comparator<Object> order;

  private SortColumn(List<Object> keys, Comparator<Object> order) {
    this.keys = keys;
    this.order = order;
  }

  static SortColumn of(List<Object> values, FieldPath field, Collator collator) throws TaskFailure {
    int first = -1;
    boolean allNumbers = true;
    boolean allDates = true;
    boolean allText = true;
    boolean allBooleans = true;
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        continue;
      }
      if (v instanceof Map<?, ?> || v instanceof List<?>) {
        throw BadValue.field(i, field, "is " + BadValue.describe(v) + ", which cannot be sorted");
      }
      first = first < 0 ? i : first;
      allNumbers &= Scalars.number(v).isPresent();
      allDates &= Scalars.date(v).isPresent();
      allText &= v instanceof String;
      allBooleans &= v instanceof Boolean;
    }
    if (allNumbers) {
      return keyed(values, v -> Scalars.number(v).orElseThrow(), BigDecimal.class);
    }
    if (allDates) {
      return keyed(values, v -> Scalars.date(v).orElseThrow(), Instant.class);
    }
    if (allText) {
      return keyed(values, v -> collator.getCollationKey((String) v), CollationKey.class);
    }
    if (allBooleans) {
      return keyed(values, v -> (Boolean) v, Boolean.class);
    }
    throw mixed(values, field, first);
  }

  /** Compares the items at two positions; missing values after present ones in both orders. */
  int compare(int i, int j, boolean descending) {
    Object a = keys.get(i);
    Object b = keys.get(j);
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    int c = order.compare(a, b);
    return descending ? -c : c;
  }

  private static <K extends Comparable<? super K>> SortColumn keyed(
      List<Object> values, Function<Object, K> key, Class<K> type) {
    var keys = new ArrayList<Object>(values.size());
    values.forEach(v -> keys.add(v == null ? null : key.apply(v)));
    return new SortColumn(keys, (a, b) -> type.cast(a).compareTo(type.cast(b)));
  }

  /** Names the first item whose value is of another kind than the first item's. */
  private static TaskFailure mixed(List<Object> values, FieldPath field, int first) {
    Object reference = values.get(first);
    for (int i = first + 1; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null && !sameKind(reference, v)) {
        return BadValue.field(
            i,
            field,
            "is "
                + BadValue.describe(v)
                + " but item "
                + first
                + " holds "
                + BadValue.describe(reference)
                + "; values of one field must be of one kind to be sorted");
      }
    }
    return BadValue.field(first, field, "holds values of mixed kinds");
  }

  private static boolean sameKind(Object a, Object b) {
    Optional<?> na = Scalars.number(a);
    Optional<?> nb = Scalars.number(b);
    if (na.isPresent() || nb.isPresent()) {
      return na.isPresent() && nb.isPresent();
    }
    return a.getClass().equals(b.getClass());
  }
}
