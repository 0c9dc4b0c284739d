package dev.altlas.tasks.builtin.data;

import static dev.altlas.tasks.builtin.data.DataHandlers.field;
import static dev.altlas.tasks.builtin.data.DataHandlers.items;
import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSortHandlerTest {
  private final DataSortHandler root = new DataSortHandler(Locale.ROOT);

  @Test
  void sortsNumbersNumericallyAlsoWhenWrittenAsText() throws Exception {
    var files =
        List.of(
            Map.of("n", "a", "size", 10),
            Map.of("n", "b", "size", 9.5),
            Map.of("n", "c", "size", "100"));

    assertThat(items(root, Map.of("items", files, "by", "size")))
        .extracting(field("n"))
        .containsExactly("b", "a", "c");
    assertThat(items(root, Map.of("items", files, "by", "size", "order", "desc")))
        .extracting(field("n"))
        .containsExactly("c", "a", "b");
  }

  @Test
  void sortsIsoDatesAsPointsInTime() throws Exception {
    var events =
        List.of(
            Map.of("at", "2026-01-02T00:30:00+03:00"),
            Map.of("at", "2026-01-01T22:00:00Z"),
            Map.of("at", "2026-01-01"));

    assertThat(items(root, Map.of("items", events, "by", "at")))
        .extracting(field("at"))
        // 00:30 at +03:00 is 21:30 UTC, before 22:00 UTC although its text sorts after.
        .containsExactly("2026-01-01", "2026-01-02T00:30:00+03:00", "2026-01-01T22:00:00Z");
  }

  @Test
  void sortsTextWithTheCollatorOfTheConfiguredLocale() throws Exception {
    var words = List.of("dere", "çay", "cam", "Zeytin", "ılık", "ince");

    assertThat(
            items(
                new DataSortHandler(Locale.forLanguageTag("tr")),
                Map.of("items", words, "by", ".")))
        .containsExactly("cam", "çay", "dere", "ılık", "ince", "Zeytin");
  }

  @Test
  void keepsTheOrderOfEqualKeysAndPutsMissingValuesLast() throws Exception {
    var rows =
        List.of(
            Map.of("id", 1, "score", 5),
            Map.of("id", 2),
            Map.of("id", 3, "score", 7),
            Map.of("id", 4, "score", 5),
            Map.of("id", 5, "score", 7));

    assertThat(items(root, Map.of("items", rows, "by", "score", "order", "desc")))
        .extracting(field("id"))
        .containsExactly(3, 5, 1, 4, 2);
  }

  @Test
  void sortsByNestedFields() throws Exception {
    var rows = List.of(Map.of("owner", Map.of("name", "b")), Map.of("owner", Map.of("name", "a")));

    assertThat(items(root, Map.of("items", rows, "by", "owner.name")))
        .containsExactly(rows.get(1), rows.get(0));
  }

  @Test
  void namesTheItemAndFieldOfAValueThatCannotBeSorted() throws Exception {
    var mixed = List.of(Map.of("size", 1), Map.of("size", 2), Map.of("size", "big"));
    var nested = List.of(Map.of("size", List.of(1)));

    var failure =
        failure(() -> items(root, Map.of("items", mixed, "by", "size")), "data.bad_value", false);
    assertThat(failure.getMessage()).contains("item 2").contains("'size'").contains("'big'");
    failure(() -> items(root, Map.of("items", nested, "by", "size")), "data.bad_value", false);
    failure(
        () -> items(root, Map.of("items", List.of(1, 2), "by", "size")), "data.bad_value", false);
    failure(
        () -> items(root, Map.of("items", mixed, "by", "size", "order", "up")),
        "task.bad_param",
        false);
  }
}
