package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the value a cue marks: 'subject "Weekly report"', "as weekly-report", '"rapor" konulu'.
 * Quoted text (or a path) right next to the cue wins; otherwise the words next to it.
 */
final class CuedValue {
  private final Lexicon lexicon;

  CuedValue(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param maxWords how many words to take when the value is not quoted
   */
  Optional<String> find(Clause clause, Cues cues, int maxWords) {
    List<Word> words = clause.words();
    for (Match cue : lexicon.finder.findAny(words, cues.beforeValue())) {
      int cueEnd = words.get(cue.last()).end();
      Optional<String> quoted = literalRightAfter(clause, cueEnd);
      if (quoted.isPresent()) {
        return quoted;
      }
      Optional<String> following = wordsFrom(clause, cue.last() + 1, maxWords);
      if (following.isPresent()) {
        return following;
      }
    }
    for (Match cue : lexicon.finder.findAny(words, cues.afterValue())) {
      int cueStart = words.get(cue.first()).start();
      Optional<String> quoted = literalRightBefore(clause, cueStart);
      if (quoted.isPresent()) {
        return quoted;
      }
      int before = wordBefore(clause, cue.first());
      if (maxWords > 0 && before >= 0 && isContent(words.get(before))) {
        return Optional.of(token(clause, before));
      }
    }
    return Optional.empty();
  }

  /**
   * The value a single word stands for, as typed: "weekly-report", "customer_id", not just the
   * first run of letters; a Turkish ending after an apostrophe is not part of it.
   */
  static String token(Clause clause, int at) {
    String text = clause.text();
    int start = clause.words().get(at).start();
    int end = clause.words().get(at).end();
    while (start > 0 && isTokenChar(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && isTokenChar(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private Optional<String> wordsFrom(Clause clause, int first, int maxWords) {
    var taken = new ArrayList<Integer>();
    for (int i = first; i < clause.words().size() && taken.size() < maxWords; i++) {
      Word w = clause.words().get(i);
      if (!taken.isEmpty() && gapHasLiteral(clause, clause.words().get(i - 1).end(), w.start())) {
        break;
      }
      if (taken.isEmpty() && !isContent(w)) {
        continue;
      }
      taken.add(i);
    }
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    if (taken.size() == 1) {
      return Optional.of(token(clause, taken.get(0)));
    }
    return Optional.of(clause.surface(taken.get(0), taken.get(taken.size() - 1)));
  }

  private boolean isContent(Word w) {
    return !lexicon.stopWords.contains(w.text()) && !lexicon.fillers.contains(w.text());
  }

  private static boolean gapHasLiteral(Clause clause, int from, int to) {
    return clause.literals().stream().anyMatch(l -> l.overlaps(from, to));
  }

  static Optional<String> literalRightAfter(Clause clause, int position) {
    return clause.literals().stream()
        .filter(l -> l.kind() == Literal.Kind.QUOTED || l.kind() == Literal.Kind.PATH)
        .filter(
            l -> l.start() >= position && clause.text().substring(position, l.start()).isBlank())
        .map(Literal::value)
        .findFirst();
  }

  static Optional<String> literalRightBefore(Clause clause, int position) {
    return clause.literals().stream()
        .filter(l -> l.kind() == Literal.Kind.QUOTED || l.kind() == Literal.Kind.PATH)
        .filter(l -> l.end() <= position && isSuffixGap(clause.text().substring(l.end(), position)))
        .map(Literal::value)
        .reduce((a, b) -> b);
  }

  /** Between a value and a Turkish cue there may be a case ending: '"rapor"u içeren'. */
  private static boolean isSuffixGap(String gap) {
    return gap.isBlank() || gap.matches("['’]?\\p{L}{1,4}\\s*");
  }

  /**
   * The index of the word before word {@code at}, skipping a Turkish ending written after an
   * apostrophe ("TODO'yu" is the words "todo" and "yu"); -1 if there is none.
   */
  static int wordBefore(Clause clause, int at) {
    int i = at - 1;
    while (i > 0 && isApostropheEnding(clause, i)) {
      i--;
    }
    return i;
  }

  static boolean isApostropheEnding(Clause clause, int index) {
    int start = clause.words().get(index).start();
    return start > 0 && "'’".indexOf(clause.text().charAt(start - 1)) >= 0;
  }
}
