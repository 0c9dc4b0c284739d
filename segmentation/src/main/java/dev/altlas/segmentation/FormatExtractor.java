package dev.altlas.segmentation;

import java.util.List;

/** The output format a clause asks for: "as JSON", "in CSV format", "markdown olarak". */
final class FormatExtractor {
  private final Lexicon lexicon;

  FormatExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  String extract(Clause clause) {
    List<Word> words = clause.words();
    Cues cues = lexicon.formatCues;
    for (Found<String> format : lexicon.finder.findAll(words, lexicon.formats)) {
      Match m = format.match();
      boolean cued =
          lexicon.finder.endingAt(words, m.first() - 1, cues.beforeValue()).isPresent()
              || lexicon.finder.endingAt(words, m.first() - 2, cues.beforeValue()).isPresent()
              || lexicon.finder.startingAt(words, m.last() + 1, cues.afterValue()).isPresent()
              || apostropheThenCue(clause, m.last() + 1, cues);
      if (cued) {
        return format.value();
      }
    }
    return null;
  }

  /** "JSON'a çevir", "CSV'ye dönüştür": a case ending after an apostrophe, then a cue. */
  private boolean apostropheThenCue(Clause clause, int at, Cues cues) {
    return at < clause.words().size()
        && CuedValue.isApostropheEnding(clause, at)
        && lexicon.finder.startingAt(clause.words(), at + 1, cues.afterValue()).isPresent();
  }
}
