package dev.altlas.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.TextQuery.Term;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextQueryTest {

  @Test
  void blankTextMatchesEverything() {
    for (String text : new String[] {null, "", "   ", "\t\n"}) {
      TextQuery query = TextQuery.parse(text);
      assertThat(query.matchesAll()).as("[%s]", text).isTrue();
      assertThat(query.required()).isEmpty();
      assertThat(query.excluded()).isEmpty();
    }
  }

  @Test
  void wordsAreEachRequired() {
    assertThat(TextQuery.parse("  kitap   rapor ").required())
        .containsExactly(List.of(word("kitap")), List.of(word("rapor")));
  }

  @Test
  void quotesMakeAPhraseWithoutTheOuterSpaces() {
    assertThat(TextQuery.parse("\" monthly  report \" pdf").required())
        .containsExactly(List.of(phrase(null, "monthly  report")), List.of(word("pdf")));
  }

  @Test
  void orJoinsNeighboursIntoOneGroupTighterThanAnd() {
    assertThat(TextQuery.parse("kitap pdf OR csv OR \"excel file\" rapor").required())
        .containsExactly(
            List.of(word("kitap")),
            List.of(word("pdf"), word("csv"), phrase(null, "excel file")),
            List.of(word("rapor")));
  }

  @Test
  void onlyCapitalOrStandingAloneIsAnOperator() {
    assertThat(TextQuery.parse("pdf or csv ORANGE").required())
        .containsExactly(
            List.of(word("pdf")),
            List.of(word("or")),
            List.of(word("csv")),
            List.of(word("ORANGE")));
  }

  @Test
  void aLeadingMinusExcludesAWordOrPhrase() {
    TextQuery query = TextQuery.parse("rapor -taslak -\"old plan\" e-mail");

    assertThat(query.required()).containsExactly(List.of(word("rapor")), List.of(word("e-mail")));
    assertThat(query.excluded()).containsExactly(word("taslak"), phrase(null, "old plan"));
    assertThat(query.matchesAll()).isFalse();
  }

  @Test
  void onlyExclusionsStillNarrow() {
    TextQuery query = TextQuery.parse("-taslak");
    assertThat(query.required()).isEmpty();
    assertThat(query.matchesAll()).isFalse();
  }

  @Test
  void aFieldPrefixNamesOneFieldCaseInsensitively() {
    assertThat(
            TextQuery.parse("command:kitap Title:\"aylık rapor\" output:hata summary:özet")
                .required())
        .containsExactly(
            List.of(new Term(SearchField.COMMAND, "kitap", false)),
            List.of(phrase(SearchField.TITLES, "aylık rapor")),
            List.of(new Term(SearchField.OUTPUTS, "hata", false)),
            List.of(new Term(SearchField.SUMMARY, "özet", false)));
    assertThat(TextQuery.parse("-output:hata").excluded())
        .containsExactly(new Term(SearchField.OUTPUTS, "hata", false));
  }

  @Test
  void aColonInsideAWordIsNotAField() {
    assertThat(TextQuery.parse("10:30 fs.list").required())
        .containsExactly(List.of(word("10:30")), List.of(word("fs.list")));
  }

  @Test
  void aQuoteEndsAWord() {
    assertThat(TextQuery.parse("kitap\"aylık rapor\"").required())
        .containsExactly(List.of(word("kitap")), List.of(phrase(null, "aylık rapor")));
  }

  @Test
  void problemsAreNamedWithTheirColumn() {
    assertRefused("kitap \"aylık", "column 7", "the quote opened here is not closed");
    assertRefused("kitap \"\"", "column 7", "empty phrase");
    assertRefused("foo:bar", "column 1", "unknown field 'foo'", "command, title, summary, output");
    assertRefused("kitap command: rapor", "column 7", "'command:' must be followed");
    assertRefused("kitap OR", "column 7", "OR needs a word after it");
    assertRefused("OR kitap", "column 1", "OR needs a word before it");
    assertRefused("a OR OR b", "column 6", "OR needs a word before it");
    assertRefused("kitap - rapor", "column 7", "'-' must be followed");
    assertRefused("a OR -b", "column 6", "an excluded term cannot be part of OR");
    assertRefused("-a OR b", "column 4", "an excluded term cannot be part of OR");
  }

  @Test
  void tooLongOrTooManyTermsIsRefused() {
    assertRefused("a".repeat(TextQuery.MAX_LENGTH + 1), "at most " + TextQuery.MAX_LENGTH);
    assertThat(TextQuery.parse("a".repeat(TextQuery.MAX_LENGTH)).required()).hasSize(1);

    String max = "w ".repeat(TextQuery.MAX_TERMS);
    assertThat(TextQuery.parse(max).required()).hasSize(TextQuery.MAX_TERMS);
    assertRefused(max + "w", "too many terms");
  }

  @Property(tries = 2000)
  void anyTextParsesOrIsRefusedAsAQuery(@ForAll("texts") String text) {
    try {
      TextQuery query = TextQuery.parse(text);
      query.required().forEach(group -> assertThat(group).isNotEmpty());
      assertThat(query.required().stream().flatMap(List::stream))
          .allSatisfy(term -> assertThat(term.text()).isNotBlank());
      assertThat(query.excluded()).allSatisfy(term -> assertThat(term.text()).isNotBlank());
    } catch (InvalidQueryException e) {
      assertThat(e).hasMessageStartingWith("bad query at column");
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.of("OR", "-", "\"", ":", "command:", "title:", "x:", " ", "  ", "kitap"),
            Arbitraries.strings().withCharRange(' ', '~').withChars("İıŞş\t\n").ofMaxLength(5))
        .list()
        .ofMaxSize(15)
        .map(pieces -> String.join("", pieces));
  }

  private static Term word(String text) {
    return new Term(null, text, false);
  }

  private static Term phrase(SearchField field, String text) {
    return new Term(field, text, true);
  }

  private static void assertRefused(String text, String... message) {
    assertThatThrownBy(() -> TextQuery.parse(text))
        .isInstanceOf(InvalidQueryException.class)
        .message()
        .contains(message);
  }
}
