package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFilterHandlerTest {
  private static final List<Map<String, Object>> FILES =
      List.of(
          Map.of(
              "name",
              "Rapor.PDF",
              "size",
              1200,
              "modified",
              "2026-03-01T10:00:00Z",
              "tags",
              List.of("q1")),
          Map.of("name", "notes.txt", "size", "80", "modified", "2026-01-15", "tags", List.of()),
          Map.of("name", "İstanbul.md", "size", 500.5, "meta", Map.of("lang", "tr")));

  private final DataFilterHandler handler = new DataFilterHandler(Locale.ROOT);

  private List<Object> names(String field, String op, Object value) throws Exception {
    return items(handler, Map.of("items", FILES, "field", field, "op", op, "value", value)).stream()
        .<Object>map(i -> ((Map<?, ?>) i).get("name"))
        .toList();
  }

  @Test
  void comparesNumbersWrittenAsNumbersOrText() throws Exception {
    assertThat(names("size", "gt", 100)).containsExactly("Rapor.PDF", "İstanbul.md");
    assertThat(names("size", "lte", "500.5")).containsExactly("notes.txt", "İstanbul.md");
    assertThat(names("size", "eq", 80)).containsExactly("notes.txt");
    assertThat(names("size", "ne", 80)).containsExactly("Rapor.PDF", "İstanbul.md");
  }

  @Test
  void comparesDatesAsPointsInTime() throws Exception {
    assertThat(names("modified", "gte", "2026-02-01T00:00:00+03:00")).containsExactly("Rapor.PDF");
    assertThat(names("modified", "lt", "2026-02-01")).containsExactly("notes.txt");
  }

  @Test
  void textOperationsIgnoreCase() throws Exception {
    assertThat(names("name", "ends_with", ".pdf")).containsExactly("Rapor.PDF");
    assertThat(names("name", "starts_with", "NOTES")).containsExactly("notes.txt");
    assertThat(names("name", "contains", "tanb")).containsExactly("İstanbul.md");
    assertThat(names("name", "matches", "^[a-z]+\\.txt$")).containsExactly("notes.txt");
  }

  @Test
  void containsOnAListLooksForAnElementAndNestedFieldsAreReachable() throws Exception {
    assertThat(names("tags", "contains", "q1")).containsExactly("Rapor.PDF");
    assertThat(names("meta.lang", "eq", "tr")).containsExactly("İstanbul.md");
  }

  @Test
  void aMissingFieldSatisfiesOnlyNe() throws Exception {
    assertThat(names("meta.lang", "ne", "tr")).containsExactly("Rapor.PDF", "notes.txt");
    assertThat(names("meta.lang", "gt", "a")).containsExactly("İstanbul.md");
    assertThat(names("meta.lang", "contains", "t")).containsExactly("İstanbul.md");
  }

  @Test
  void namesTheItemAndFieldOfAValueThatCannotBeCompared() throws Exception {
    var failure = failure(() -> names("name", "gt", 5), "data.bad_value", false);
    assertThat(failure.getMessage()).startsWith("item 0, field 'name'");
    failure(() -> names("tags", "starts_with", "q"), "data.bad_value", false);
    failure(
        () ->
            items(handler, Map.of("items", List.of("x"), "field", "name", "op", "eq", "value", 1)),
        "data.bad_value",
        false);
  }

  @Test
  void refusesBadOperationsAndPatterns() throws Exception {
    failure(() -> names("name", "like", "x"), "task.bad_param", false);
    failure(() -> names("name", "matches", "(unclosed"), "task.bad_param", false);
    failure(() -> names("name", "matches", "a".repeat(1001)), "task.bad_param", false);
    failure(() -> names("name", "contains", List.of("x")), "task.bad_param", false);
  }

  @Test
  void stopsCatastrophicPatternsWithinTheBudget() throws Exception {
    var hostile = List.of(Map.of("s", "a".repeat(40) + "!"));
    Instant start = Instant.now();

    failure(
        () ->
            items(
                handler,
                Map.of("items", hostile, "field", "s", "op", "matches", "value", "(.*a){12}b")),
        "data.regex_too_slow",
        false);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
  }
}
