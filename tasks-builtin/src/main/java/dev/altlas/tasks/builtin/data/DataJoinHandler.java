package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code data.join}: pairs of left and right items with equal {@code on} values, merged into one
 * object, in left order and then right order. A right field that clashes with a different left
 * value is kept as {@code <field>_right}. {@code left} keeps unmatched left items as they are.
 *
 * <p>A hash join: the right items are indexed by key once, each left item looks its key up, so the
 * work grows with the items in and the rows out. The rows out are counted before any is built: keys
 * that repeat on both sides pair every copy with every copy (3,000 × 3,000 items on one key are 9
 * million rows), and more than {@value #MAX_ROWS} fail at once instead of exhausting memory.
 */
public final class DataJoinHandler implements TaskHandler {
  /** The most rows a join may produce; a plan that needs more should filter first. */
  public static final int MAX_ROWS = 200_000;

  @Override
  public String type() {
    return "data.join";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    List<Object> left = Items.read(params, "left");
    List<Object> right = Items.read(params, "right");
    FieldPath on = FieldPath.parse("on", params.string("on"));
    boolean keepUnmatched =
        switch (params.optionalString("kind").orElse("inner").trim().toLowerCase(Locale.ROOT)) {
          case "inner" -> false;
          case "left" -> true;
          default -> throw TaskFailure.badParam("kind", "must be inner or left");
        };
    Map<Object, List<Map<?, ?>>> rightByKey = new HashMap<>();
    for (int i = 0; i < right.size(); i++) {
      Map<?, ?> item = object(right.get(i), i, "right");
      Object key = key(on.read(item, i), on, i, "right");
      if (key != null) {
        rightByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      }
    }
    var matchesOfLeft = new ArrayList<List<Map<?, ?>>>(left.size());
    long rows = 0;
    for (int i = 0; i < left.size(); i++) {
      Map<?, ?> item = object(left.get(i), i, "left");
      Object key = key(on.read(item, i), on, i, "left");
      List<Map<?, ?>> matches = key == null ? List.of() : rightByKey.getOrDefault(key, List.of());
      matchesOfLeft.add(matches);
      rows += matches.isEmpty() && keepUnmatched ? 1 : matches.size();
    }
    if (rows > MAX_ROWS) {
      throw tooManyRows(rows, left.size(), right.size(), on);
    }
    var joined = new ArrayList<Object>((int) rows);
    for (int i = 0; i < left.size(); i++) {
      Map<?, ?> item = (Map<?, ?>) left.get(i);
      List<Map<?, ?>> matches = matchesOfLeft.get(i);
      for (Map<?, ?> match : matches) {
        joined.add(merge(item, match));
      }
      if (matches.isEmpty() && keepUnmatched) {
        joined.add(item);
      }
    }
    return Items.output(joined);
  }

  private static TaskFailure tooManyRows(long rows, int left, int right, FieldPath on) {
    return new TaskFailure(
        "data.too_large",
        String.format(
            Locale.ROOT,
            "joining %,d left and %,d right items on '%s' would make %,d rows (values of '%s' that"
                + " repeat on both sides pair every copy with every copy); a join makes at most %,d"
                + " rows: filter the lists first (data.filter) or join on a field that tells the"
                + " items apart",
            left,
            right,
            on.text(),
            rows,
            on.text(),
            MAX_ROWS),
        false);
  }

  private static Map<?, ?> object(Object item, int index, String side) throws TaskFailure {
    if (item instanceof Map<?, ?> map) {
      return map;
    }
    throw BadValue.item(
        index, "of the " + side + " list is " + BadValue.describe(item) + ", not an object");
  }

  /**
   * The value items are matched on: numbers by value ({@code 1} matches {@code 1.0}), text and
   * booleans as they are; null (missing) matches nothing.
   */
  private static Object key(Object value, FieldPath on, int index, String side) throws TaskFailure {
    return switch (value) {
      case null -> null;
      case Map<?, ?> m -> throw joinKeyFailure(on, index, side, value);
      case List<?> l -> throw joinKeyFailure(on, index, side, value);
      case Number n ->
          Scalars.number(n).<Object>map(BigDecimal::stripTrailingZeros).orElse(n.toString());
      default -> value;
    };
  }

  private static TaskFailure joinKeyFailure(FieldPath on, int index, String side, Object value) {
    return BadValue.field(
        index, on, "of the " + side + " list is " + BadValue.describe(value) + ", not a join key");
  }

  private static Map<String, Object> merge(Map<?, ?> left, Map<?, ?> right) {
    var merged = new LinkedHashMap<String, Object>();
    left.forEach((k, v) -> merged.put(String.valueOf(k), v));
    right.forEach(
        (k, v) -> {
          String name = String.valueOf(k);
          if (!merged.containsKey(name)) {
            merged.put(name, v);
          } else if (!Objects.equals(merged.get(name), v)) {
            merged.put(name + "_right", v);
          }
        });
    return merged;
  }
}
