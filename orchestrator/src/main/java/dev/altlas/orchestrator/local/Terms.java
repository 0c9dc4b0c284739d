package dev.altlas.orchestrator.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text, lower-cased the way its language does it, for keyword and overlap scoring. */
final class Terms {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  /**
   * Turkish and English words share a stem in their first letters (dosya, dosyalar, dosyaların;
   * report, reports, reporting), so a five-letter prefix is a cheap stemmer that works for both.
   */
  private static final int STEM_LENGTH = 5;

  private Terms() {}

  /** Every word, lower-cased, including function words. */
  static List<String> words(String text, Locale locale) {
    var words = new ArrayList<String>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(lower(m.group(), locale));
    }
    return words;
  }

  /** The words that carry meaning: no function words, no single letters. */
  static List<String> contentWords(String text, Locale locale) {
    return words(text, locale).stream().filter(Terms::isContent).toList();
  }

  static boolean isContent(String lowerCaseWord) {
    return lowerCaseWord.length() > 1 && !StopWords.contains(stripApostrophe(lowerCaseWord));
  }

  static String stem(String lowerCaseWord) {
    String w = stripApostrophe(lowerCaseWord);
    return w.length() <= STEM_LENGTH ? w : w.substring(0, STEM_LENGTH);
  }

  static String lower(String word, Locale locale) {
    // Root lower-casing leaves a combining dot after İ; Turkish lower-casing does not.
    return word.toLowerCase(locale).replace("\u0307", "");
  }

  /** Turkish writes suffixes of names after an apostrophe (Ankara'da): the name is the term. */
  private static String stripApostrophe(String word) {
    int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
    return apostrophe > 0 ? word.substring(0, apostrophe) : word;
  }
}
