package dev.altlas.segmentation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition that narrows a list: sizes ("larger than 1 MB", "1 MB'den büyük"), comparisons
 * ("price > 100", "where amount is over 50", "fiyatı 100'den büyük"), and text ("containing
 * invoice", "'TODO' içeren", "whose name starts with 2024").
 */
final class FilterExtractor {
  private static final Pattern SIZE =
      Pattern.compile(
          "(?i)(\\d+(?:[.,]\\d+)?)\\s*(kib|kb|mib|mb|gib|gb|tib|tb|bytes|byte|bayt|b|k|m|g|t)"
              + "(?![\\p{L}\\p{N}])");
  private static final Map<Character, Long> UNIT_BYTES =
      Map.of('b', 1L, 'k', 1L << 10, 'm', 1L << 20, 'g', 1L << 30, 't', 1L << 40);
  private static final Pattern SYMBOLIC =
      Pattern.compile(
          "([\\p{L}_][\\p{L}\\p{N}_.]*)\\s*(>=|<=|!=|==|=|>|<)\\s*([\\p{L}\\p{N}_.@-]+)");
  private static final Map<String, String> SYMBOLS =
      Map.of(">=", "gte", "<=", "lte", "!=", "ne", "==", "eq", "=", "eq", ">", "gt", "<", "lt");

  private final Lexicon lexicon;

  FilterExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  FilterCondition extract(Clause clause) {
    return size(clause)
        .or(() -> symbolic(clause))
        .or(() -> comparison(clause))
        .or(() -> text(clause, "contains", lexicon.contains, mentionsName(clause) ? "name" : null))
        .or(() -> text(clause, "starts_with", lexicon.startsWith, "name"))
        .or(() -> text(clause, "ends_with", lexicon.endsWith, "name"))
        .orElse(null);
  }

  private Optional<FilterCondition> size(Clause clause) {
    String masked = Literals.mask(clause.text(), clause.literals());
    Matcher m = SIZE.matcher(masked);
    while (m.find()) {
      int number = wordAt(clause, m.start(1));
      int unit = wordAt(clause, m.end(2) - 1);
      Optional<String> op = operator(clause, number, unit);
      if (number >= 0 && op.isPresent()) {
        return Optional.of(new FilterCondition("size", op.get(), bytes(m.group(1), m.group(2))));
      }
    }
    return Optional.empty();
  }

  private static long bytes(String number, String unit) {
    double n = Double.parseDouble(number.replace(',', '.'));
    char u = unit.toLowerCase(Locale.ROOT).charAt(0);
    long multiplier = unit.equalsIgnoreCase("bayt") ? 1 : UNIT_BYTES.getOrDefault(u, 1L);
    return Math.round(n * multiplier);
  }

  private static Optional<FilterCondition> symbolic(Clause clause) {
    Matcher m = SYMBOLIC.matcher(Literals.mask(clause.text(), clause.literals()));
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new FilterCondition(m.group(1), SYMBOLS.get(m.group(2)), value(m.group(3))));
  }

  /** "where amount is over 50", "tutarı 100'den büyük": a comparison beside a plain number. */
  private Optional<FilterCondition> comparison(Clause clause) {
    List<Word> words = clause.words();
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).isNumber() || isUnit(words, i + 1) || isCounted(words, i + 1)) {
        continue; // "en fazla 5 dosya" is a count, not a condition
      }
      Optional<String> op = operator(clause, i, i);
      int fieldAt = fieldBefore(clause, i);
      if (op.isPresent() && fieldAt >= 0) {
        return Optional.of(
            new FilterCondition(
                FieldNames.of(lexicon, clause, fieldAt), op.get(), value(words.get(i).text())));
      }
    }
    return Optional.empty();
  }

  /** The word naming the field: before the comparison in English, before the number in Turkish. */
  private int fieldBefore(Clause clause, int number) {
    List<Word> words = clause.words();
    int at = number - 1;
    for (Cues cues : lexicon.comparisons.values()) {
      Optional<Match> cue = lexicon.finder.endingAt(words, number - 1, cues.beforeValue());
      if (cue.isPresent()) {
        at = cue.get().first() - 1;
      }
    }
    while (at >= 0 && lexicon.stopWords.contains(words.get(at).text())) {
      at--;
    }
    return at >= 0 && FieldNames.canName(lexicon, words.get(at)) ? at : -1;
  }

  /** The operator whose cue stands right before word {@code first} or right after {@code last}. */
  private Optional<String> operator(Clause clause, int first, int last) {
    List<Word> words = clause.words();
    int after = last + 1;
    if (after < words.size() && CuedValue.isApostropheEnding(clause, after)) {
      after++; // "1 MB'den büyük"
    }
    for (Map.Entry<String, Cues> op : lexicon.comparisons.entrySet()) {
      if (lexicon.finder.endingAt(words, first - 1, op.getValue().beforeValue()).isPresent()
          || lexicon.finder.startingAt(words, after, op.getValue().afterValue()).isPresent()) {
        return Optional.of(op.getKey());
      }
    }
    return Optional.empty();
  }

  private Optional<FilterCondition> text(Clause clause, String op, Cues cues, String field) {
    List<Word> words = clause.words();
    for (Match cue : lexicon.finder.findAny(words, cues.beforeValue())) {
      Optional<String> value =
          CuedValue.literalRightAfter(clause, words.get(cue.last()).end())
              .or(() -> contentWord(clause, cue.last() + 1));
      if (value.isPresent()) {
        return Optional.of(new FilterCondition(field, op, value.get()));
      }
    }
    for (Match cue : lexicon.finder.findAny(words, cues.afterValue())) {
      if (isUnit(words, cue.last() + 1)) {
        continue; // "geçen hafta" is "last week", not "containing"
      }
      Optional<String> value =
          CuedValue.literalRightBefore(clause, words.get(cue.first()).start())
              .or(() -> contentWord(clause, CuedValue.wordBefore(clause, cue.first())));
      if (value.isPresent()) {
        return Optional.of(new FilterCondition(field, op, value.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<String> contentWord(Clause clause, int at) {
    if (at < 0 || at >= clause.words().size()) {
      return Optional.empty();
    }
    Word w = clause.words().get(at);
    if (lexicon.stopWords.contains(w.text()) || lexicon.fillers.contains(w.text())) {
      return Optional.empty();
    }
    return Optional.of(clause.surface(at, at));
  }

  private boolean mentionsName(Clause clause) {
    return lexicon.finder.containsAny(clause.words(), lexicon.nameCues);
  }

  private boolean isCounted(List<Word> words, int at) {
    return lexicon.finder.startingAt(words, at, lexicon.countCues.afterValue()).isPresent();
  }

  private boolean isUnit(List<Word> words, int at) {
    return at < words.size() && lexicon.isUnit(words.get(at).text());
  }

  /** The index of the word that covers a position of the clause text, or -1. */
  private static int wordAt(Clause clause, int position) {
    List<Word> words = clause.words();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() <= position && position < words.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static Object value(String text) {
    if (text.matches("-?\\d{1,15}")) {
      return Long.valueOf(text);
    }
    if (text.matches("-?\\d{1,15}\\.\\d{1,9}")) {
      return Double.valueOf(text);
    }
    return text;
  }
}
