package dev.altlas.segmentation;

import java.util.List;

/** How long a summary should be: "in 3 sentences", "two bullet points", "3 cümlede". */
final class SentenceLimitExtractor {
  private static final int MAX_SENTENCES = 50;

  private final Lexicon lexicon;

  SentenceLimitExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Integer extract(Clause clause) {
    List<Word> words = clause.words();
    for (int i = 0; i + 1 < words.size(); i++) {
      Integer n = lexicon.number(words.get(i).text());
      if (n != null
          && n >= 1
          && n <= MAX_SENTENCES
          && lexicon.finder.startingAt(words, i + 1, lexicon.sentenceWords).isPresent()) {
        return n;
      }
    }
    return null;
  }
}
