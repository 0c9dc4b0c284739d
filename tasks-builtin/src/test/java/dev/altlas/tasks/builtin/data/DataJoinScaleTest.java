package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** data.join does work in proportion to its items and rows, and refuses a join too big to hold. */
class DataJoinScaleTest {

  /** A join key that counts how often it is compared with another. */
  private record CountedKey(int id, AtomicLong comparisons) {
    @Override
    public boolean equals(Object o) {
      comparisons.incrementAndGet();
      return o instanceof CountedKey other && other.id == id;
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(id);
    }
  }

  private static long comparisonsToJoin(int n) throws Exception {
    var comparisons = new AtomicLong();
    var left = new ArrayList<Map<String, Object>>();
    var right = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < n; i++) {
      // Distinct key objects on each side, so that no comparison is skipped by identity.
      left.add(Map.of("k", new CountedKey(i, comparisons), "l", i));
      right.add(Map.of("k", new CountedKey(n - 1 - i, comparisons), "r", i));
    }
    List<Object> joined =
        items(new DataJoinHandler(), Map.of("left", left, "right", right, "on", "k"));
    assertThat(joined).hasSize(n);
    return comparisons.get();
  }

  @Test
  void keysAreComparedAboutOncePerItemNotOncePerPair() throws Exception {
    long small = comparisonsToJoin(1_000);
    long large = comparisonsToJoin(8_000);

    // A nested loop compares n × n pairs: 1,000,000 and 64,000,000.
    assertThat(small).isLessThanOrEqualTo(3 * 1_000);
    assertThat(large).isLessThanOrEqualTo(3 * 8_000);
  }

  @Test
  void aJoinOfMoreRowsThanTheLimitFailsBeforeBuildingThem() {
    var left = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 1_000; i++) {
      left.add(Map.of("team", "core", "person", i));
    }

    var tooMany =
        failure(
            () -> items(new DataJoinHandler(), Map.of("left", left, "right", left, "on", "team")),
            "data.too_large",
            false);

    assertThat(tooMany.getMessage())
        .isEqualTo(
            "joining 1,000 left and 1,000 right items on 'team' would make 1,000,000 rows (values"
                + " of 'team' that repeat on both sides pair every copy with every copy); a join"
                + " makes at most 200,000 rows: filter the lists first (data.filter) or join on a"
                + " field that tells the items apart");
  }

  @Test
  void aJoinOfExactlyTheLimitIsMade() throws Exception {
    var left = new ArrayList<Map<String, Object>>();
    var right = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 400; i++) {
      left.add(Map.of("team", "core", "l", i));
    }
    for (int i = 0; i < 500; i++) {
      right.add(Map.of("team", "core", "r", i));
    }

    assertThat(items(new DataJoinHandler(), Map.of("left", left, "right", right, "on", "team")))
        .hasSize(DataJoinHandler.MAX_ROWS);
  }
}
