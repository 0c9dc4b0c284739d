package dev.altlas.segmentation.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.altlas.segmentation.CommandValue;
import dev.altlas.segmentation.CommandValue.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands read into shapes with the rule-based planner's extractors. */
class CommandShapeTest {
  private final ShapeReader reader = new ShapeReader();

  private CommandShape shape(String command) {
    return reader.read(command, null).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Summarize the text files in ./docs and list the three most important | summarize the {glob} in {path} and list the {count} most important
          ./samples klasöründeki dosyaları sırala ve en büyük 10 tanesini göster | {path} klasöründeki dosyaları sırala ve en büyük {count} tanesini göster
          Download https://example.com/a.html and summarize it in 2 sentences | download {url} and summarize it in {sentences} sentences
          Translate ./notes/meeting.md into Turkish and save it to ./out.md | translate {path} into {language} and save it to {path}
          Email ./report.pdf to boss@example.com with subject "Q3 report" | email {path} to {email} with subject {quoted}
          Generate a weekly status report from ./status/*.md | generate a weekly status report from {path}/{glob}
          ./data içindeki CSV dosyalarını JSON olarak ./liste.json dosyasına kaydet | {path} içindeki {glob} {format} olarak {path} dosyasına kaydet
          Run `npm test` in ./app | run {program} in {path}
          Find all log files in /var/log larger than 10 MB | find all {glob} in {path} larger than {number} mb
          List everything in the current folder recursively | list everything in the {path} recursively
          """)
  void valuesBecomeSlots(String command, String normalized) {
    assertThat(shape(command).normalized()).isEqualTo(normalized);
  }

  @Test
  void valuesAreWhatThePlannerPutsIntoPlans() {
    CommandShape shape =
        shape("Summarize the text files in ./docs and list the three most important");

    assertThat(shape.values())
        .extracting(CommandValue::kind, CommandValue::value)
        .containsExactly(
            tuple(Kind.GLOB, "*.txt"), tuple(Kind.PATH, "./docs"), tuple(Kind.COUNT, 3));
    assertThat(shape.values())
        .extracting(v -> shape.command().substring(v.start(), v.end()))
        .containsExactly("text files", "./docs", "three");
  }

  @Test
  void valuesNotChosenAsSlotsStayAsWritten() {
    CommandShape shape = shape("Find all log files in /var/log larger than 10 MB");

    assertThat(shape.normalized(i -> shape.values().get(i).kind() != Kind.NUMBER))
        .isEqualTo("find all {glob} in {path} larger than 10 mb");
  }

  @Test
  void turkishIsLowerCasedByTurkishRules() {
    CommandShape upper =
        shape("./SAMPLES KLASÖRÜNDEKİ DOSYALARI SIRALA VE EN BÜYÜK 10 TANESİNİ GÖSTER");

    assertThat(upper.language().code()).isEqualTo("tr");
    assertThat(upper.normalized())
        .isEqualTo("{path} klasöründeki dosyaları sırala ve en büyük {count} tanesini göster");
  }

  @Test
  void spacingAndEndMarksDoNotChangeTheShape() {
    assertThat(shape("  List the 5 largest PDFs \t in   ~/Downloads. ").normalized())
        .isEqualTo(shape("List the 5 largest PDFs in ~/Downloads").normalized())
        .isEqualTo("list the {count} largest {glob} in {path}");
  }

  @Test
  void positionsAreInTheCommandEvenAroundTypedReferences() {
    String command = "Translate '${x} and ${y}' into German and save it to ./out.md";

    CommandShape shape = shape(command);

    assertThat(shape.values())
        .extracting(v -> command.substring(v.start(), v.end()))
        .containsExactly("'${x} and ${y}'", "German", "./out.md");
    assertThat(shape.values().get(0).value()).isEqualTo("$ {x} and $ {y}");
  }

  @Test
  void theRequestedLanguageIsUsed() {
    assertThat(reader.read("dosyaları sırala", "en").orElseThrow().language().code())
        .isEqualTo("en");
  }

  @Test
  void commandsThePlannerCannotReadHaveNoShape() {
    assertThat(reader.read("   ", null)).isEmpty();
    assertThat(reader.read("?!…", null)).isEmpty();
    assertThat(reader.read("list ./docs", "de")).isEmpty();
    assertThat(reader.read("list ./docs ".repeat(400), null)).isEmpty();
    assertThat(reader.read("list ./docs", null)).isNotEqualTo(Optional.empty());
  }

  @Test
  void everyCorpusCommandHasAShapeWithDisjointValuesInOrder() {
    for (String command : CorpusCommands.all()) {
      List<CommandValue> values = shape(command).values();
      for (int i = 1; i < values.size(); i++) {
        assertThat(values.get(i).start())
            .as("value %d of '%s'", i, command)
            .isGreaterThanOrEqualTo(values.get(i - 1).end());
      }
    }
  }
}
