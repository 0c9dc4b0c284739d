package dev.altlas.segmentation;

import java.util.List;

/**
 * How many items a clause wants: "top 3", "the three most important", "first five", "en büyük 10",
 * "ilk üç", "beş tane", "ilk 5'ini". A number counts only next to a word that makes it a count; "in
 * 3 sentences", "last 7 days" and "1 MB" are quantities of something else.
 */
final class CountExtractor {
  private static final int MAX_COUNT = 100_000;

  private final Lexicon lexicon;

  CountExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Integer extract(Clause clause) {
    List<Word> words = clause.words();
    for (int i = 0; i < words.size(); i++) {
      Integer n = numberAt(clause, i);
      if (n == null) {
        continue;
      }
      int next = i + 1;
      Integer units = next < words.size() ? numberAt(clause, next) : null;
      if (units != null && n >= 20 && n % 10 == 0 && units < 10) {
        n += units; // "twenty five", "on beş"
        next++;
      }
      if (n < 1 || n > MAX_COUNT || isQuantity(words, next)) {
        continue;
      }
      if (cueBefore(words, i) || cueAfter(words, next)) {
        return n;
      }
    }
    return null;
  }

  private Integer numberAt(Clause clause, int i) {
    Word w = clause.words().get(i);
    if (isPartOfLargerNumber(clause.text(), w)
        || lexicon.finder.startingAt(clause.words(), i, lexicon.references).isPresent()) {
      return null; // "onu" is "it", not "the ten"
    }
    return lexicon.number(w.text());
  }

  /** "1.5", "2026-03-14", "10:30": digits glued to other digits are not a count. */
  static boolean isPartOfLargerNumber(String text, Word w) {
    boolean before =
        w.start() >= 2
            && ".,-/:".indexOf(text.charAt(w.start() - 1)) >= 0
            && Character.isDigit(text.charAt(w.start() - 2));
    boolean after =
        w.end() + 1 < text.length()
            && ".,-/:".indexOf(text.charAt(w.end())) >= 0
            && Character.isDigit(text.charAt(w.end() + 1));
    return before || after;
  }

  private boolean isQuantity(List<Word> words, int next) {
    return next < words.size() && lexicon.isUnit(words.get(next).text());
  }

  private boolean cueBefore(List<Word> words, int i) {
    return lexicon.finder.endingAt(words, i - 1, lexicon.countCues.beforeValue()).isPresent()
        || endsShapingWord(words, i - 1);
  }

  private boolean cueAfter(List<Word> words, int next) {
    return next < words.size()
        && (lexicon.finder.startingAt(words, next, lexicon.countCues.afterValue()).isPresent()
            || startsShapingWord(words, next));
  }

  /** "en büyük 10", "largest 10": a sort or rank word right before the number. */
  private boolean endsShapingWord(List<Word> words, int at) {
    return lexicon.sortKeys.stream()
            .anyMatch(k -> lexicon.finder.endingAt(words, at, k.phrases()).isPresent())
        || lexicon.rankCriteria.stream()
            .anyMatch(k -> lexicon.finder.endingAt(words, at, k.phrases()).isPresent());
  }

  /** "10 largest", "three most important": a sort or rank word right after the number. */
  private boolean startsShapingWord(List<Word> words, int at) {
    return lexicon.sortKeys.stream()
            .anyMatch(k -> lexicon.finder.startingAt(words, at, k.phrases()).isPresent())
        || lexicon.rankCriteria.stream()
            .anyMatch(k -> lexicon.finder.startingAt(words, at, k.phrases()).isPresent());
  }
}
