package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** data.sort returns a permutation of its input, ordered by the key, equal keys in input order. */
class DataSortProperties {
  private final DataSortHandler handler = new DataSortHandler(Locale.ROOT);

  @Property(tries = 500)
  void outputIsASortedStablePermutation(
      @ForAll("rows") List<Map<String, Object>> rows, @ForAll boolean descending) throws Exception {
    List<Object> sorted =
        items(handler, Map.of("items", rows, "by", "key", "order", descending ? "desc" : "asc"));

    assertThat(sorted).containsExactlyInAnyOrderElementsOf(rows);
    for (int i = 1; i < sorted.size(); i++) {
      Map<?, ?> previous = (Map<?, ?>) sorted.get(i - 1);
      Map<?, ?> current = (Map<?, ?>) sorted.get(i);
      Integer a = (Integer) previous.get("key");
      Integer b = (Integer) current.get("key");
      if (a == null) {
        assertThat(b).as("missing keys come last").isNull();
      } else if (b != null) {
        assertThat(descending ? b <= a : a <= b).as("%s then %s", a, b).isTrue();
        if (a.equals(b)) {
          assertThat((Integer) previous.get("position"))
              .as("equal keys keep their order")
              .isLessThan((Integer) current.get("position"));
        }
      }
    }
  }

  /** Few distinct keys so that ties are common; some rows lack the key. */
  @Provide
  Arbitrary<List<Map<String, Object>>> rows() {
    return Arbitraries.integers()
        .between(-3, 3)
        .injectNull(0.15)
        .list()
        .ofMaxSize(30)
        .map(
            keys -> {
              var rows = new ArrayList<Map<String, Object>>();
              for (int i = 0; i < keys.size(); i++) {
                rows.add(
                    keys.get(i) == null
                        ? Map.of("position", i)
                        : Map.of("position", i, "key", keys.get(i)));
              }
              return rows;
            });
  }
}
