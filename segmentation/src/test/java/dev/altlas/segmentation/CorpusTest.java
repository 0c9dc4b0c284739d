package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Plans every command of {@code corpus.yaml} and checks the plan's shape against the entry. */
class CorpusTest {
  private static final List<JsonNode> CORPUS = load();

  @TestFactory
  Stream<DynamicTest> everyCommandPlansAsExpected() {
    return CORPUS.stream().map(e -> dynamicTest(e.required("command").asString(), () -> check(e)));
  }

  @Test
  void corpusHasBothLanguagesAndCommandsThatCannotBeMapped() {
    assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(60);
    assertThat(CORPUS.stream().filter(e -> language(e).equals("tr")))
        .hasSizeGreaterThanOrEqualTo(30);
    assertThat(CORPUS.stream().filter(e -> language(e).equals("en")))
        .hasSizeGreaterThanOrEqualTo(30);
    assertThat(CORPUS.stream().filter(e -> e.path("unsupported").asInt() > 0))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private static void check(JsonNode entry) {
    Plan plan = Plans.plan(entry.required("command").asString());
    Plans.assertValid(plan);
    assertThat(plan.language()).as("language").isEqualTo(language(entry));
    assertThat(plan.priority().name().toLowerCase(Locale.ROOT))
        .as("priority")
        .isEqualTo(entry.path("priority").asString("normal"));
    assertThat(Plans.types(plan)).as("task types").isEqualTo(strings(entry.path("tasks")));
    checkEdges(plan, entry.path("edges"));
    for (Map.Entry<String, JsonNode> expected : entry.path("params").properties()) {
      PlanTask task = task(plan, expected.getKey());
      for (Map.Entry<String, JsonNode> param : expected.getValue().properties()) {
        assertThat(normalized(task.params().get(param.getKey())))
            .as("%s.params.%s", task.id(), param.getKey())
            .isEqualTo(normalized(param.getValue()));
      }
    }
    assertThat(
            plan.tasks().stream().filter(t -> t.forEach() != null).map(PlanTask::type).distinct())
        .as("types with for_each")
        .containsExactlyInAnyOrderElementsOf(strings(entry.path("for_each")));
    List<PlanTask> unsupported =
        plan.tasks().stream().filter(t -> t.type().equals(TaskCatalog.UNSUPPORTED)).toList();
    assertThat(unsupported).as("unsupported tasks").hasSize(entry.path("unsupported").asInt());
    assertThat(unsupported).allSatisfy(t -> assertThat(t.metadata().confidence()).isZero());
    assertThat(plan.planner().warnings()).as("warnings").hasSize(entry.path("warnings").asInt());
  }

  private static void checkEdges(Plan plan, JsonNode edges) {
    int total = plan.tasks().stream().mapToInt(t -> t.dependsOn().size()).sum();
    assertThat(total).as("number of dependencies").isEqualTo(edges.size());
    for (JsonNode edge : edges) {
      String[] ends = edge.asString().split("->", -1);
      PlanTask from = task(plan, ends[0].trim());
      PlanTask to = task(plan, ends[1].trim());
      assertThat(to.dependsOn()).as("%s depends on %s", to.id(), from.id()).contains(from.id());
    }
  }

  /** A task by index ("2") or by its type, which must then be unique in the plan. */
  private static PlanTask task(Plan plan, String key) {
    if (key.chars().allMatch(Character::isDigit)) {
      return plan.tasks().get(Integer.parseInt(key));
    }
    return Plans.task(plan, key);
  }

  /** Values as comparable text: numbers by value, lists element by element. */
  private static Object normalized(Object value) {
    if (value instanceof JsonNode node) {
      if (node.isArray()) {
        var list = new ArrayList<Object>();
        node.forEach(n -> list.add(normalized(n)));
        return list;
      }
      if (node.isNumber()) {
        return node.decimalValue().stripTrailingZeros().toPlainString();
      }
      return node.isBoolean() ? String.valueOf(node.asBoolean()) : node.asString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CorpusTest::normalized).toList();
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static String language(JsonNode entry) {
    return entry.required("language").asString();
  }

  private static List<String> strings(JsonNode list) {
    var values = new ArrayList<String>();
    list.forEach(n -> values.add(n.asString()));
    return values;
  }

  private static List<JsonNode> load() {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus.yaml")) {
      var entries = new ArrayList<JsonNode>();
      YAMLMapper.builder().build().readTree(in).forEach(entries::add);
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
