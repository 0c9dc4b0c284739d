package dev.altlas.segmentation;

import java.util.regex.Pattern;

/**
 * Turkish is agglutinative: "sırala" appears as "sıralayıp", "sıralayın", "sıralamak". A word is a
 * form of a stem when the stem is its prefix and the rest is a suffix chain this grammar knows.
 * Checking the rest, rather than accepting any prefix, keeps "ara" (search) from matching "araba"
 * (car) and "oku" (read) from matching "okul" (school). Suffixes are folded (ı→i, ü→u), so one
 * pattern covers the vowel-harmony variants.
 */
final class TurkishMorphology implements Morphology {
  static final TurkishMorphology INSTANCE = new TurkishMorphology();

  /**
   * Imperatives (plain, polite, third person), converbs (-ip, -arak, -dikten), aorist and ability
   * questions, infinitives and necessity: the forms a command puts its verbs in.
   */
  private static final Pattern VERB_SUFFIX =
      Pattern.compile(
          "(?:|y?[iu]n(?:[iu]z)?|y?[iu]p|s[iu]n(?:l[ae]r)?|y?[ae]r[ae]k|[dt][iu]kt[ae]n"
              + "|[aeiu]?r|y?[ae]bil[iu]r(?:s[iu]n(?:[iu]z)?)?|m[ae]k?|m[ae](?:s[iu]|n[iu])"
              + "|m[ae]l[iu](?:s[iu]n)?|y?[ae]l[iu]m)");

  /**
   * Plural, possessive, case and the relative -ki, in that order: "dosya|lar|ı|nı",
   * "klasör|ü|ndeki", "özet|i|ni".
   */
  private static final Pattern NOUN_SUFFIX =
      Pattern.compile(
          "(?:l[ae]r)?(?:y?[iu]m(?:[iu]z)?|y?[iu]n(?:[iu]z)?|s?[iu]|l[ae]r[iu])?"
              + "(?:y?[iu]|y?[ae]|n?[dt][ae]n?|n?[dt][ae]ki|n[iu]|n[ae]|n?[iu]n|y?l[ae]|ki"
              + "|d[ae]ki|c[ae])?");

  /** The converb "-ip": "sıralayıp", "okuyup", "kaydedip". */
  private static final Pattern CONVERB = Pattern.compile("y?[iu]p");

  private TurkishMorphology() {}

  @Override
  public boolean isVerbForm(String word, String stem) {
    return formOf(word, stem, VERB_SUFFIX);
  }

  @Override
  public boolean isNounForm(String word, String lexeme) {
    return formOf(word, lexeme, NOUN_SUFFIX);
  }

  @Override
  public boolean isConverb(String word, String stem) {
    return formOf(word, stem, CONVERB);
  }

  private static boolean formOf(String word, String stem, Pattern suffix) {
    if (word.startsWith(stem) && suffix.matcher(word.substring(stem.length())).matches()) {
      return true;
    }
    // A final p, t or k softens before a vowel: kaydet → kaydedip, kitap → kitabı.
    String softened = softened(stem);
    return softened != null
        && word.startsWith(softened)
        && word.length() > softened.length()
        && isVowel(word.charAt(softened.length()))
        && suffix.matcher(word.substring(softened.length())).matches();
  }

  private static String softened(String stem) {
    if (stem.length() < 3) {
      return null;
    }
    char last = stem.charAt(stem.length() - 1);
    String head = stem.substring(0, stem.length() - 1);
    return switch (last) {
      case 'p' -> head + 'b';
      case 't' -> head + 'd';
      case 'k' -> head + 'g';
      default -> null;
    };
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
