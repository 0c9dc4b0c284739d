package dev.altlas.segmentation;

import java.util.List;

/**
 * A word or a few words in a row, as a lexicon lists them.
 *
 * @param text as written in the lexicon
 * @param tokens folded and split the way command words are
 */
record Phrase(String text, List<String> tokens) {

  Phrase {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("the lexicon has an empty phrase: '" + text + "'");
    }
  }

  static Phrase of(String text) {
    return new Phrase(text, Folding.words(text).stream().map(Word::text).toList());
  }

  int length() {
    return tokens.size();
  }
}
