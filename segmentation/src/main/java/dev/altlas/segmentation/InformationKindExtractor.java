package dev.altlas.segmentation;

import java.util.List;

/** What to pull out of a text: "the e-mail addresses", "dates and deadlines", "tarihleri". */
final class InformationKindExtractor {
  private final Lexicon lexicon;

  InformationKindExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param filterValue the value of the clause's filter condition ("containing TODO"), whose words
   *     say what to look for, not what to extract; null for none
   */
  List<String> extract(Clause clause, Object filterValue) {
    return lexicon.finder.findAll(clause.words(), lexicon.extractFields).stream()
        .filter(f -> !clause.surface(f.match()).equalsIgnoreCase(String.valueOf(filterValue)))
        .map(Found::value)
        .distinct()
        .toList();
  }
}
