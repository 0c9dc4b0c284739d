package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * data.filter keeps exactly the items that satisfy the condition, in order: each kept item
 * satisfies it and each dropped one does not, judged by a plain restatement of each operation.
 */
class DataFilterProperties {
  private final DataFilterHandler handler = new DataFilterHandler(Locale.ROOT);

  /** An operation on one field, with what it means for values that are present. */
  record Case(String field, String op, Object value, BiPredicate<Object, Object> meaning) {
    @Override
    public String toString() {
      return field + " " + op + " " + value;
    }
  }

  @Property(tries = 1000)
  void keepsExactlyTheItemsThatSatisfyTheCondition(
      @ForAll("rows") List<Map<String, Object>> rows, @ForAll("cases") Case c) throws Exception {
    List<Object> kept =
        items(handler, Map.of("items", rows, "field", c.field(), "op", c.op(), "value", c.value()));

    var expected = new ArrayList<Object>();
    for (Map<String, Object> row : rows) {
      Object v = row.get(c.field());
      boolean satisfies = v == null ? c.op().equals("ne") : c.meaning().test(v, c.value());
      if (satisfies) {
        expected.add(row);
      }
    }
    assertThat(kept).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<List<Map<String, Object>>> rows() {
    Arbitrary<Integer> n = Arbitraries.integers().between(-5, 5).injectNull(0.1);
    Arbitrary<String> s = Arbitraries.strings().withChars("abAB").ofMaxLength(4).injectNull(0.1);
    return Combinators.combine(n, s)
        .as(
            (number, text) -> {
              var row = new java.util.LinkedHashMap<String, Object>();
              if (number != null) {
                row.put("n", number);
              }
              if (text != null) {
                row.put("s", text);
              }
              return (Map<String, Object>) row;
            })
        .list()
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> number = Arbitraries.integers().between(-5, 5);
    Arbitrary<String> text = Arbitraries.strings().withChars("abAB").ofMinLength(1).ofMaxLength(2);
    return Arbitraries.oneOf(
        number.map(v -> new Case("n", "eq", v, (a, b) -> a.equals(b))),
        number.map(v -> new Case("n", "ne", v, (a, b) -> !a.equals(b))),
        number.map(v -> new Case("n", "gt", v, (a, b) -> (Integer) a > (Integer) b)),
        number.map(v -> new Case("n", "gte", v, (a, b) -> (Integer) a >= (Integer) b)),
        number.map(v -> new Case("n", "lt", v, (a, b) -> (Integer) a < (Integer) b)),
        number.map(v -> new Case("n", "lte", v, (a, b) -> (Integer) a <= (Integer) b)),
        text.map(v -> new Case("s", "eq", v, (a, b) -> a.equals(b))),
        text.map(v -> new Case("s", "ne", v, (a, b) -> !a.equals(b))),
        text.map(v -> new Case("s", "contains", v, (a, b) -> lower(a).contains(lower(b)))),
        text.map(v -> new Case("s", "starts_with", v, (a, b) -> lower(a).startsWith(lower(b)))),
        text.map(v -> new Case("s", "ends_with", v, (a, b) -> lower(a).endsWith(lower(b)))),
        text.map(v -> new Case("s", "matches", v, (a, b) -> ((String) a).contains((String) b))));
  }

  private static String lower(Object s) {
    return ((String) s).toLowerCase(Locale.ROOT);
  }
}
