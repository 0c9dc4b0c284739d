package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** data.map, data.top and data.join. */
class DataReshapingHandlersTest {
  private static final List<Map<String, Object>> PEOPLE =
      List.of(
          Map.of("id", 1, "name", "Ada", "team", Map.of("name", "core")),
          Map.of("id", 2, "name", "Linus"),
          Map.of("id", 3.0, "name", "Grace"));

  @Test
  void mapSelectsFieldsKeepingEveryItemTheSameShape() throws Exception {
    var expected = new HashMap<String, Object>();
    expected.put("name", "Linus");
    expected.put("team.name", null);

    List<Object> out =
        items(
            new DataMapHandler(), Map.of("items", PEOPLE, "select", List.of("name", "team.name")));

    assertThat(out.get(0)).isEqualTo(Map.of("name", "Ada", "team.name", "core"));
    assertThat(out.get(1)).isEqualTo(expected);
  }

  @Test
  void mapBuildsTextFromATemplate() throws Exception {
    assertThat(
            items(
                new DataMapHandler(),
                Map.of(
                    "items",
                    PEOPLE,
                    "template",
                    "${item.id}: ${item.name} (${item.team.name}) ${other}")))
        .containsExactly("1: Ada (core) ${other}", "2: Linus () ${other}", "3: Grace () ${other}");
    assertThat(
            items(new DataMapHandler(), Map.of("items", List.of("a", 2), "template", "<${item}>")))
        .containsExactly("<a>", "<2>");
  }

  @Test
  void mapNeedsExactlyOneOfSelectAndTemplate() throws Exception {
    failure(() -> items(new DataMapHandler(), Map.of("items", PEOPLE)), "task.bad_param", false);
    failure(
        () ->
            items(
                new DataMapHandler(),
                Map.of("items", PEOPLE, "select", List.of("id"), "template", "x")),
        "task.bad_param",
        false);
  }

  @Test
  void topTakesTheFirstItems() throws Exception {
    assertThat(items(new DataTopHandler(), Map.of("items", PEOPLE, "count", 2)))
        .containsExactly(PEOPLE.get(0), PEOPLE.get(1));
    assertThat(items(new DataTopHandler(), Map.of("items", PEOPLE, "count", 10))).hasSize(3);
    failure(
        () -> items(new DataTopHandler(), Map.of("items", PEOPLE, "count", 0)),
        "task.bad_param",
        false);
  }

  @Test
  void joinPairsItemsWithEqualKeysAndKeepsClashingRightFields() throws Exception {
    var roles =
        List.of(
            Map.of("person", 1, "role", "lead", "name", "Ada L."),
            Map.of("person", 3, "role", "admiral"),
            Map.of("person", 1, "role", "author"));
    var people =
        PEOPLE.stream().map(p -> Map.of("person", p.get("id"), "name", p.get("name"))).toList();

    List<Object> inner =
        items(new DataJoinHandler(), Map.of("left", people, "right", roles, "on", "person"));
    List<Object> left =
        items(
            new DataJoinHandler(),
            Map.of("left", people, "right", roles, "on", "person", "kind", "left"));

    assertThat(inner)
        .extracting(i -> ((Map<?, ?>) i).get("name") + "/" + ((Map<?, ?>) i).get("role"))
        .containsExactly("Ada/lead", "Ada/author", "Grace/admiral");
    assertThat(((Map<?, ?>) inner.getFirst()).get("name_right")).isEqualTo("Ada L.");
    assertThat(left).hasSize(4).contains(people.get(1));
  }

  @Test
  void joinNeedsObjectsWithScalarKeys() throws Exception {
    failure(
        () -> items(new DataJoinHandler(), Map.of("left", List.of(1), "right", PEOPLE, "on", "id")),
        "data.bad_value",
        false);
    failure(
        () ->
            items(
                new DataJoinHandler(),
                Map.of("left", List.of(Map.of("id", List.of(1))), "right", PEOPLE, "on", "id")),
        "data.bad_value",
        false);
    failure(
        () ->
            items(
                new DataJoinHandler(),
                Map.of("left", PEOPLE, "right", PEOPLE, "on", "id", "kind", "outer")),
        "task.bad_param",
        false);
  }
}
