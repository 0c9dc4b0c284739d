package dev.altlas.segmentation;

import java.util.List;
import java.util.regex.Pattern;

/** The field a word names: a known one by its canonical name, else the word itself. */
final class FieldNames {
  /** The dative and possessive endings a Turkish field name takes: "fiyatına", "fiyatı". */
  private static final Pattern TURKISH_ENDING =
      Pattern.compile("(?:s?[ıiuü]?n?[ae]|y[ae]|s?[ıiuü])$");

  private FieldNames() {}

  /** "isim" → name, "size" → size, "fiyatına" → fiyat, "price" → price. */
  static String of(Lexicon lexicon, Clause clause, int at) {
    return lexicon
        .finder
        .findFirst(List.of(clause.words().get(at)), lexicon.fields)
        .map(Found::value)
        .orElseGet(() -> written(lexicon.language, clause.surface(at, at)));
  }

  private static String written(Language language, String word) {
    String lower = language.lowercase(word);
    if (language == Language.TURKISH) {
      String stem = TURKISH_ENDING.matcher(lower).replaceFirst("");
      return stem.length() >= 3 ? stem : lower;
    }
    return lower;
  }

  /** Whether a word can name a field: not a function word and not a number. */
  static boolean canName(Lexicon lexicon, Word w) {
    return !lexicon.stopWords.contains(w.text())
        && !lexicon.fillers.contains(w.text())
        && lexicon.number(w.text()) == null;
  }
}
