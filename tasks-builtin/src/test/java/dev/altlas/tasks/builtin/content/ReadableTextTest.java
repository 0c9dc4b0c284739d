package dev.altlas.tasks.builtin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadableTextTest {

  @Test
  void writesNumbersAsPeopleDo() {
    assertThat(ReadableText.scalar(1.0e10)).isEqualTo("10000000000");
    assertThat(ReadableText.scalar(2.50)).isEqualTo("2.5");
    assertThat(ReadableText.scalar(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ReadableText.scalar(null)).isEmpty();
    assertThat(ReadableText.scalar(true)).isEqualTo("true");
  }

  @Test
  void nestsObjectsAndListsByIndentation() {
    Object value =
        Output.of(
            "title", "Rapor",
            "files", List.of(Output.of("name", "a.txt", "tags", List.of("x", "y")), "plain"),
            "empty", List.of(),
            "meta", Map.of("k", "v"));

    assertThat(ReadableText.render(value))
        .isEqualTo(
            """
            title: Rapor
            files:
              - name: a.txt
                tags:
                  - x
                  - y
              - plain
            empty:
            meta:
              k: v
            """);
  }
}
