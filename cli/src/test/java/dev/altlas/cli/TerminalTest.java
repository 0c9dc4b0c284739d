package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TerminalTest {

  /** Every character a terminal obeys rather than shows: C0 but newline and tab, DEL, C1. */
  static boolean controlsTheTerminal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) && !lineEnd) {
        return true;
      }
    }
    return false;
  }

  @Test
  void controlCharactersAreShownAsEscapes() {
    assertThat(Terminal.safe("a\u001b]0;title\u0007b\u0000c\u009b31md\u007f"))
        .isEqualTo("a\\x1b]0;title\\x07b\\x00c\\u009b31md\\x7f");
    assertThat(Terminal.safe("over\rwrite")).isEqualTo("over\\x0dwrite");
  }

  @Test
  void newlinesTabsAndOrdinaryTextPassUnchanged() {
    String text = "Özet:\tkitaplar\nline two\r\n“quoted” — done";
    assertThat(Terminal.safe(text)).isSameAs(text);
  }

  @Property
  void nothingThatComesOutControlsTheTerminal(
      @ForAll @CharRange(from = 0, to = 0x2ff) @StringLength(max = 40) String text) {
    String safe = Terminal.safe(text);

    assertThat(controlsTheTerminal(safe)).as(safe).isFalse();
    assertThat(Terminal.safe(safe)).as("safe text stays as it is").isEqualTo(safe);
  }

  @Property
  void theWriterShowsWhatSafeShowsHoweverTheTextIsCut(
      @ForAll @CharRange(from = 0, to = 0xff) @StringLength(max = 40) String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int cut) {
    int at = Math.min(cut, text.length());
    var written = new StringWriter();
    PrintWriter out = Terminal.sanitizing(new PrintWriter(written));

    out.print(text.substring(0, at));
    out.write(text.substring(at).toCharArray());
    out.flush();

    assertThat(controlsTheTerminal(written.toString())).isFalse();
    if (text.indexOf('\r') < 0) {
      assertThat(written.toString()).isEqualTo(Terminal.safe(text));
    }
  }

  @Property
  void jsonForTheTerminalMeansTheSameDocument(
      @ForAll @CharRange(from = 0, to = 0x2ff) @StringLength(max = 40) String value) {
    JsonMapper mapper = JsonMapper.builder().build();
    String json = mapper.writeValueAsString(java.util.Map.of("v", value));

    String shown = Terminal.json(json);

    assertThat(controlsTheTerminal(shown)).as(shown).isFalse();
    assertThat(mapper.readTree(shown).get("v").asString()).isEqualTo(value);
  }
}
