package dev.altlas.tasks.builtin.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever lists an earlier step hands a {@code data.*} task (nulls, numbers, nested objects and
 * lists, very long text, in any mix, and any field), the task answers or fails with a clear task
 * failure, never another exception.
 */
class OddItemsProperties {
  private static final Map<String, TaskHandler> HANDLERS =
      Map.of(
          "data.filter", new DataFilterHandler(Locale.ROOT),
          "data.map", new DataMapHandler(),
          "data.sort", new DataSortHandler(Locale.ROOT),
          "data.top", new DataTopHandler(),
          "data.join", new DataJoinHandler());

  @Property(tries = 1000)
  void dataTasksAnswerOrFailClearly(
      @ForAll("types") String type,
      @ForAll("oddLists") List<Object> items,
      @ForAll("oddLists") List<Object> others,
      @ForAll("fields") String field,
      @ForAll("ops") String op,
      @ForAll("oddValues") Object value)
      throws Exception {
    var params = new HashMap<String, Object>();
    params.put("items", items);
    params.put("left", items);
    params.put("right", others);
    params.put("field", field);
    params.put("by", field);
    params.put("on", field);
    params.put("op", op);
    if (value != null) {
      params.put("value", value);
    }
    params.put("count", 2);
    params.put("select", List.of(field));
    params.put("template", "${item." + field + "}");
    try {
      List<Object> out = DataHandlers.items(HANDLERS.get(type), params);
      assertThat(out).isNotNull();
      Statistics.collect("answered");
    } catch (TaskFailure e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
      Statistics.collect("failed clearly");
    }
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of(HANDLERS.keySet());
  }

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.of("a", "a.b", "0", ".", "a.0", "tags.0");
  }

  @Provide
  Arbitrary<String> ops() {
    return Arbitraries.of(
        "eq", "ne", "gt", "gte", "lt", "lte", "contains", "starts_with", "ends_with", "matches");
  }

  @Provide
  Arbitrary<List<Object>> oddLists() {
    return oddValues().list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Object> oddValues() {
    return values(2);
  }

  private static Arbitrary<Object> values(int depth) {
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.integers().map(Object.class::cast),
            Arbitraries.longs().map(Object.class::cast),
            Arbitraries.doubles().map(Object.class::cast),
            Arbitraries.bigIntegers()
                .between(
                    java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                .map(Object.class::cast),
            Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, true, false),
            Arbitraries.strings().ofMaxLength(20).map(Object.class::cast),
            Arbitraries.of("2024-02-30", "1e9999", "-0", "3.0", "(a+)+$").map(Object.class::cast),
            Arbitraries.strings()
                .withChars("a1-. ")
                .ofMinLength(5_000)
                .ofMaxLength(50_000)
                .map(Object.class::cast));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<Object> nested = values(depth - 1);
    return Arbitraries.oneOf(
        scalars,
        nested.list().ofMaxSize(3).map(Object.class::cast),
        Arbitraries.maps(Arbitraries.of("a", "b", "tags", "0"), nested)
            .ofMaxSize(3)
            .map(Object.class::cast));
  }
}
