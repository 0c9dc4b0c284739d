package dev.altlas.orchestrator.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.orchestrator.testing.FakeTaskContext;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskSettings;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever an earlier step hands an {@code ai.*} task (nulls, numbers, nested objects, very long
 * text, in any mix), the task answers or fails with a clear task failure, never another exception.
 */
class OddInputProperties {
  private static final Map<String, TaskHandler> HANDLERS =
      new AiTaskPlugin()
              .handlers(
                  new TaskEnvironment(
                      new TaskSettings(Map.of()), new LocalModels(), Clock.systemUTC()))
              .stream()
              .collect(Collectors.toMap(TaskHandler::type, Function.identity()));

  @Property(tries = 300)
  void aiTasksAnswerOrFailClearly(
      @ForAll("types") String type, @ForAll("oddLists") List<Object> items) throws Exception {
    var params = new HashMap<String, Object>();
    params.put("items", items);
    params.put("text", items.isEmpty() ? null : items.getFirst());
    params.put("query", "importance");
    params.put("labels", List.of("news", "sports"));
    params.put("fields", List.of("emails", "keywords"));
    params.put("target_language", "en");
    params.put("prompt", "write");
    try {
      Object out = HANDLERS.get(type).execute(new FakeTaskContext(params));
      assertThat(out).isInstanceOf(Map.class);
      Statistics.collect("answered");
    } catch (TaskFailure e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
      Statistics.collect("failed clearly");
    }
  }

  @Example
  void rankPutsEmptyItemsLastWithScoreZero() throws Exception {
    List<Object> items = Arrays.asList("solar panels and energy", null, "a red car");

    Map<?, ?> out = (Map<?, ?>) HANDLERS.get("ai.rank").execute(context(items, "solar energy"));

    List<?> ranked = (List<?>) out.get("items");
    assertThat(out.get("count")).isEqualTo(3);
    assertThat(ranked.getFirst())
        .isEqualTo(
            Map.of(
                "text",
                "solar panels and energy",
                "score",
                ((Map<?, ?>) ranked.getFirst()).get("score")));
    Map<String, Object> empty = new HashMap<>();
    empty.put("value", null);
    empty.put("score", 0.0);
    assertThat(ranked.getLast()).isEqualTo(empty);
  }

  @Example
  void rankOfOnlyEmptyItemsNeedsNoModel() throws Exception {
    Map<?, ?> out =
        (Map<?, ?>) HANDLERS.get("ai.rank").execute(context(Arrays.asList(null, null), "x"));

    assertThat(out.get("count")).isEqualTo(2);
  }

  @Example
  void textOfControlCharactersOnlyIsRankedAsEmptyText() throws Exception {
    Map<?, ?> out =
        (Map<?, ?>)
            HANDLERS.get("ai.rank").execute(context(List.of("\u0000\u0001", "solar"), "solar"));

    assertThat(out.get("count")).isEqualTo(2);
  }

  private static FakeTaskContext context(List<Object> items, String query) {
    var params = new HashMap<String, Object>();
    params.put("items", items);
    params.put("query", query);
    return new FakeTaskContext(params);
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of(HANDLERS.keySet());
  }

  @Provide
  Arbitrary<List<Object>> oddLists() {
    return oddValues(2).list().ofMaxSize(6);
  }

  private static Arbitrary<Object> oddValues(int depth) {
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.integers().map(Object.class::cast),
            Arbitraries.doubles().map(Object.class::cast),
            Arbitraries.of(true, false).map(Object.class::cast),
            Arbitraries.strings().ofMaxLength(40).map(Object.class::cast),
            Arbitraries.strings()
                .withChars("ab .")
                .ofMinLength(5_000)
                .ofMaxLength(20_000)
                .map(Object.class::cast));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<Object> nested = oddValues(depth - 1);
    return Arbitraries.oneOf(
        scalars,
        nested.list().ofMaxSize(3).map(Object.class::cast),
        Arbitraries.maps(Arbitraries.of("summary", "text", "content", "n", "x"), nested)
            .ofMaxSize(3)
            .map(Object.class::cast));
  }
}
