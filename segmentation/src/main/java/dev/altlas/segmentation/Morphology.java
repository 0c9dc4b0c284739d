package dev.altlas.segmentation;

/** Whether a word of a command is a form of a lexicon word. Both are folded. */
interface Morphology {

  /** Whether {@code word} is a form of the verb {@code stem}. */
  boolean isVerbForm(String word, String stem);

  /** Whether {@code word} is a form of the noun (or other non-verb) {@code lexeme}. */
  boolean isNounForm(String word, String lexeme);

  /**
   * Whether {@code word} is the verb {@code stem} as a converb that chains it to the next verb,
   * like Turkish "sıralayıp" ("sort and then …").
   */
  boolean isConverb(String word, String stem);

  static Morphology of(Language language) {
    return switch (language) {
      case TURKISH -> TurkishMorphology.INSTANCE;
      case ENGLISH -> EnglishMorphology.INSTANCE;
    };
  }
}
