package dev.altlas.segmentation;

/**
 * English words match exactly; nouns also in their plural. The lexicon lists verb forms it wants
 * ("summarize", "summarise"), since commands are imperatives.
 */
final class EnglishMorphology implements Morphology {
  static final EnglishMorphology INSTANCE = new EnglishMorphology();

  private EnglishMorphology() {}

  @Override
  public boolean isVerbForm(String word, String stem) {
    return word.equals(stem);
  }

  @Override
  public boolean isNounForm(String word, String lexeme) {
    return word.equals(lexeme) || word.equals(lexeme + "s") || word.equals(lexeme + "es");
  }

  @Override
  public boolean isConverb(String word, String stem) {
    return false;
  }
}
