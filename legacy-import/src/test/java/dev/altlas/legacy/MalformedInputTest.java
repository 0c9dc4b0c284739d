package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.IMPORTER;
import static dev.altlas.legacy.Imports.NOW;
import static dev.altlas.legacy.Imports.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedInputTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", "", "the document is empty"),
        Arguments.of("   \n", "", "the document is empty"),
        Arguments.of("{\"tasks\": [", "", "not valid JSON"),
        Arguments.of("segments: [a, b\ncommand: x", "", "not valid YAML (line"),
        Arguments.of(
            "just a sentence", "", "expected a mapping of fields (a legacy plan) at the top level"),
        Arguments.of("- a\n- b", "", "found a list"),
        Arguments.of(
            "command: x\nsteps: []",
            "",
            "expected a legacy plan: a segmentation YAML with 'segments' or a runner JSON with"
                + " 'tasks'; found only command, steps"),
        Arguments.of(
            "{\"id\": \"p\", \"tasks\": [{\"id\": \"a\", \"type\": \"fs.list\", \"params\": {}}]}",
            "tasks",
            "current .alt plan"),
        Arguments.of("{\"tasks\": [{\"id\": \"a\"}]}", "tasks", "'description' and 'parameters'"),
        Arguments.of("segments: 5", "segments", "expected a list, found a number (5)"),
        Arguments.of("segments:", "segments", "expected a list of segments, found null"),
        Arguments.of("segments: []", "segments", "the list is empty"),
        Arguments.of(
            "segments: [5]", "segments[0]", "expected a mapping of fields, found a number"),
        Arguments.of(
            "segments:\n  - id: a\n    parameters:\n      - value: 1",
            "segments[0].parameters[0].name",
            "missing; every parameter needs a name"),
        Arguments.of(
            "segments:\n  - id: a\n    parameters: 7",
            "segments[0].parameters",
            "expected a list, found a number (7)"),
        Arguments.of(
            "segments:\n  - id: a\n    dependencies: b",
            "segments[0].dependencies",
            "expected a list, found a text ('b')"),
        Arguments.of("segments:\n  - id: [a]", "segments[0].id", "expected a text, found a list"),
        Arguments.of(
            "command: [a]\nsegments:\n  - id: a", "command", "expected a text, found a list"),
        Arguments.of(
            "chaos_level: high\nsegments:\n  - id: a",
            "chaos_level",
            "expected a whole number, found a text ('high')"),
        Arguments.of("{\"tasks\": \"abc\"}", "tasks", "expected a list, found a text ('abc')"),
        Arguments.of(
            "{\"tasks\": [{\"id\": \"a\", \"description\": \"x\", \"parameters\": [1, 2]}]}",
            "tasks[0].parameters",
            "expected a mapping of fields, found a list"),
        Arguments.of(
            "{\"tasks\": [{\"id\": \"a\", \"description\": \"x\", \"dependencies\": {}}]}",
            "tasks[0].dependencies",
            "expected a list, found a mapping"),
        Arguments.of(
            "{\"tasks\": [{\"id\": \"a\", \"description\": \"x\", \"timeout_seconds\": \"soon\"}]}",
            "tasks[0].timeout_seconds",
            "expected a whole number, found a text ('soon')"),
        Arguments.of(
            "{\"tasks\": [{\"id\": \"a\", \"description\": \"x\", \"retry_count\": 1.5}]}",
            "tasks[0].retry_count",
            "expected a whole number, found a number (1.5)"),
        Arguments.of(
            "{\"metadata\": \"high\", \"tasks\": [{\"id\": \"a\", \"description\": \"x\"}]}",
            "metadata",
            "expected a mapping of fields, found a text ('high')"),
        Arguments.of(
            "{\"metadata\": {\"tags\": \"a,b\"}, \"tasks\": [{\"id\": \"a\", \"description\":"
                + " \"x\"}]}",
            "metadata.tags",
            "expected a list, found a text ('a,b')"),
        Arguments.of(
            "{\"tasks\": [{\"id\": \"a\", \"description\": \"x\"}], \"tasks\": []}",
            "",
            "Duplicate"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedInputNamesTheField(String text, String field, String message) {
    assertThatThrownBy(() -> IMPORTER.importPlan(text, NOW))
        .isInstanceOfSatisfying(
            LegacyFormatException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage())
                  .startsWith(field.isEmpty() ? "" : field + ": ")
                  .contains(message);
            });
  }

  @Test
  void aDependencyCycleIsRefusedWithTheCycle() {
    String text =
        """
        {"tasks": [
          {"id": "a", "description": "x", "dependencies": ["c"]},
          {"id": "b", "description": "y", "dependencies": ["a"]},
          {"id": "c", "description": "z", "dependencies": ["b"]}
        ]}
        """;
    assertThatThrownBy(() -> IMPORTER.importPlan(text, NOW))
        .isInstanceOf(LegacyFormatException.class)
        .hasMessageMatching("tasks\\[\\d]\\.dependencies: the dependencies form a cycle: .*")
        .hasMessageContaining("a -> ")
        .hasMessageContaining("b -> ")
        .hasMessageContaining("c");
  }

  @Test
  void detectNamesTheShapeOrNothing() {
    assertThat(IMPORTER.detect(fixture("segmentation-en-chaos.yaml")))
        .contains(LegacyFormat.SEGMENTATION_YAML);
    assertThat(IMPORTER.detect(fixture("runner-en-weather.json")))
        .contains(LegacyFormat.RUNNER_JSON);
    // The shape is recognised even when a field then has the wrong type.
    assertThat(IMPORTER.detect("segments: 5")).contains(LegacyFormat.SEGMENTATION_YAML);
    assertThat(IMPORTER.detect("command: x\ntasks:\n  - {id: a, type: fs.list}"))
        .isEqualTo(Optional.empty());
    assertThat(IMPORTER.detect("not: [valid")).isEmpty();
    assertThat(IMPORTER.detect("")).isEmpty();
  }
}
