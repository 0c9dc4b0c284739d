package dev.altlas.orchestrator.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsEnglishButNotAfterAbbreviationsOrInitials() {
    assertThat(
            Sentences.split(
                "Dr. Smith met J. R. Tolkien at 5 p.m. on Monday. It rained, e.g. all day! Why?"
                    + " Nobody knows.",
                Language.ENGLISH))
        .containsExactly(
            "Dr. Smith met J. R. Tolkien at 5 p.m. on Monday.",
            "It rained, e.g. all day!",
            "Why?",
            "Nobody knows.");
  }

  @Test
  void splitsTurkishButNotAfterOrdinalsOrAbbreviations() {
    assertThat(
            Sentences.split(
                "1. Dünya Savaşı 1914'te başladı. Prof. Dr. Ayşe Yılmaz vb. konuları anlattı."
                    + " İstanbul'da toplantı yapıldı… Sonuç olumlu.",
                Language.TURKISH))
        .containsExactly(
            "1. Dünya Savaşı 1914'te başladı.",
            "Prof. Dr. Ayşe Yılmaz vb. konuları anlattı.",
            "İstanbul'da toplantı yapıldı…",
            "Sonuç olumlu.");
  }

  @Test
  void listItemsHeadingsAndParagraphsEndSentencesWhileWrappedLinesDoNot() {
    String text =
        """
        # Report
        The first paragraph is
        wrapped over two lines.

        - first item
        - second item
        3) third item""";

    assertThat(Sentences.split(text, Language.ENGLISH))
        .containsExactly(
            "# Report",
            "The first paragraph is wrapped over two lines.",
            "- first item",
            "- second item",
            "3) third item");
  }

  @Test
  void decimalsAndLowerCaseContinuationsStayTogether() {
    assertThat(Sentences.split("Growth was 3.5 percent. it was fine", Language.ENGLISH))
        .containsExactly("Growth was 3.5 percent. it was fine");
  }
}
