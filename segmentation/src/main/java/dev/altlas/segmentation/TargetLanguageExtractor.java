package dev.altlas.segmentation;

import java.util.List;

/**
 * The language a clause wants text in: "into Turkish", "in English", "İngilizceye", "Almanca'ya",
 * "Türkçe özetle". A language named without such a mark ("the German text") is the text's own
 * language and does not count.
 */
final class TargetLanguageExtractor {
  private final Lexicon lexicon;
  private final List<Phrase> verbs;

  TargetLanguageExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.verbs =
        lexicon.intents.stream()
            .filter(e -> !e.noun() && !e.nominal())
            .flatMap(e -> e.words().stream())
            .toList();
  }

  String extract(Clause clause) {
    List<Word> words = clause.words();
    String bare = null;
    for (Found<String> language : lexicon.finder.findAll(words, lexicon.languages)) {
      Match m = language.match();
      if (isMarked(clause, m)) {
        return language.value();
      }
      if (bare == null && isFollowedByVerb(words, m.last() + 1)) {
        bare = language.value();
      }
    }
    return bare;
  }

  private boolean isMarked(Clause clause, Match m) {
    List<Word> words = clause.words();
    Cues cues = lexicon.languageCues;
    if (lexicon.finder.endingAt(words, m.first() - 1, cues.beforeValue()).isPresent()
        || lexicon.finder.startingAt(words, m.last() + 1, cues.afterValue()).isPresent()) {
      return true;
    }
    String word = words.get(m.last()).text();
    String lexeme = m.phrase().tokens().get(m.phrase().length() - 1);
    String ending = word.substring(Math.min(lexeme.length(), word.length()));
    boolean separateEnding =
        m.last() + 1 < words.size()
            && CuedValue.isApostropheEnding(clause, m.last() + 1)
            && lexicon.languageSuffixes.contains(words.get(m.last() + 1).text());
    return lexicon.languageSuffixes.contains(ending) || separateEnding;
  }

  /** "Türkçe özetle": the language right before a verb says what to write in. */
  private boolean isFollowedByVerb(List<Word> words, int at) {
    return at < words.size()
        && verbs.stream().anyMatch(v -> lexicon.finder.matchesAt(words, at, v, true));
  }
}
