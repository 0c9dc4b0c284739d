package dev.altlas.orchestrator.local;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The two languages the local provider reads: Turkish and English. */
enum Language {
  TURKISH("tr", Locale.forLanguageTag("tr")),
  ENGLISH("en", Locale.ENGLISH);

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  String code() {
    return code;
  }

  /** Lower-casing needs it: Turkish maps {@code I} to {@code ı} and {@code İ} to {@code i}. */
  Locale locale() {
    return locale;
  }

  /**
   * Guesses the language from letters only Turkish uses and from the share of each language's
   * function words; empty when the text gives too little to tell.
   */
  static Optional<Language> detect(String text) {
    int turkishLetters = 0;
    for (int i = 0; i < text.length(); i++) {
      if ("çğıöşüÇĞİÖŞÜ".indexOf(text.charAt(i)) >= 0) {
        turkishLetters++;
      }
    }
    int turkishWords = 0;
    int englishWords = 0;
    for (String word : NON_LETTERS.splitAsStream(text.toLowerCase(Locale.ROOT)).toList()) {
      if (StopWords.TURKISH.contains(word)) {
        turkishWords++;
      }
      if (StopWords.ENGLISH.contains(word)) {
        englishWords++;
      }
    }
    double turkish = turkishWords + turkishLetters / 2.0;
    if (turkish == 0 && englishWords == 0) {
      return Optional.empty();
    }
    return Optional.of(turkish > englishWords ? TURKISH : ENGLISH);
  }

  /** Accepts ISO 639-1 codes with or without a region and the languages' names. */
  static Optional<Language> named(String name) {
    // Root lower-casing turns İ into i plus a combining dot; drop the dot.
    String n = name.strip().toLowerCase(Locale.ROOT).replace("\u0307", "");
    String code =
        n.length() > 2 && (n.charAt(2) == '-' || n.charAt(2) == '_') ? n.substring(0, 2) : n;
    return switch (code) {
      case "tr", "turkish", "türkçe", "turkce" -> Optional.of(TURKISH);
      case "en", "english", "ingilizce" -> Optional.of(ENGLISH);
      default -> Optional.empty();
    };
  }
}
