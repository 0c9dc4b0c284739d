package dev.altlas.legacy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds words so that the prototypes' spellings compare equal: Turkish files were written both with
 * and without Turkish letters ({@code özet}, {@code ozet}), and with either casing of I.
 */
final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Pattern TURKISH = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

  private Folding() {}

  /** Lower case without accents; dotless ı becomes i, which has no decomposition of its own. */
  static String text(String s) {
    String decomposed = Normalizer.normalize(s.replace('ı', 'i'), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** A name as a key: folded, with every run of other characters made one underscore. */
  static String key(String s) {
    String k = NOT_KEY.matcher(text(s)).replaceAll("_");
    int start = 0;
    int end = k.length();
    while (start < end && k.charAt(start) == '_') {
      start++;
    }
    while (end > start && k.charAt(end - 1) == '_') {
      end--;
    }
    return k.substring(start, end);
  }

  /** The folded words of a text; hyphens stay inside words, so that e-mail is one word. */
  static List<String> words(String s) {
    return Arrays.stream(NOT_WORD.split(text(s)))
        .map(w -> w.replaceAll("^-+|-+$", ""))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  static boolean hasTurkishLetters(String s) {
    return TURKISH.matcher(s).find();
  }
}
