package dev.altlas.segmentation;

import java.util.List;

/** Fields of listed items a clause names: "only the name and size", "sadece adlarını". */
final class FieldSelectionExtractor {
  private final Lexicon lexicon;

  FieldSelectionExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<String> extract(Clause clause) {
    return lexicon.finder.findAll(clause.words(), lexicon.fields).stream()
        .map(Found::value)
        .distinct()
        .toList();
  }
}
