package dev.altlas.segmentation;

import java.util.Locale;
import java.util.Optional;

/** A language the rule-based planner reads commands in and writes plans in. */
public enum Language {
  TURKISH("tr", Locale.forLanguageTag("tr")),
  ENGLISH("en", Locale.ROOT);

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code written into plans. */
  public String code() {
    return code;
  }

  /**
   * Lower case by this language's rules: Turkish maps İ to i and I to ı, English maps both to i.
   */
  public String lowercase(String text) {
    return text.toLowerCase(locale);
  }

  public static Optional<Language> fromCode(String code) {
    for (Language l : values()) {
      if (l.code.equalsIgnoreCase(code.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
