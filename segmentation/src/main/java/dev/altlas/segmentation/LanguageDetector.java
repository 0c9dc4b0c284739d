package dev.altlas.segmentation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Turkish from English, even in a command of two words. Evidence for Turkish: its own letters
 * (ç ğ ı ö ş ü İ), its stop words and suffixes, endings after an apostrophe ("PDF'leri"), and its
 * verbs in command form ("listele", "sıralayıp"). Evidence for English: its stop words, suffixes,
 * contractions and verbs. Ties go to English.
 */
public final class LanguageDetector {
  private static final String TURKISH_LETTERS = "çğıöşüÇĞİÖŞÜ";
  private static final Pattern APOSTROPHE_ENDING = Pattern.compile("\\p{L}['’](\\p{L}+)");
  private static final Pattern ENGLISH_CONTRACTION = Pattern.compile("(?i)s|t|re|ll|ve|d|m");
  private static final int LETTER_WEIGHT = 3;
  private static final int WORD_WEIGHT = 2;
  private static final int SUFFIX_WEIGHT = 1;
  private static final int MIN_STEM_BEFORE_SUFFIX = 2;

  private final Lexicon turkish = Lexicon.of(Language.TURKISH);
  private final Lexicon english = Lexicon.of(Language.ENGLISH);
  private final List<String> turkishVerbs = verbs(turkish);
  private final List<String> englishVerbs = verbs(english);

  /** The language of a command; English when nothing points to Turkish. */
  public Language detect(String text) {
    String words = Literals.mask(text, Literals.find(text));
    int tr =
        letterScore(words) + apostropheScore(words, true) + wordScore(words, turkish, turkishVerbs);
    int en = apostropheScore(words, false) + wordScore(words, english, englishVerbs);
    return tr > en ? Language.TURKISH : Language.ENGLISH;
  }

  /** The ISO 639-1 code of the command's language. */
  public String detectCode(String text) {
    return detect(text).code();
  }

  private static int letterScore(String text) {
    int score = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TURKISH_LETTERS.indexOf(text.charAt(i)) >= 0) {
        score += LETTER_WEIGHT;
      }
    }
    return score;
  }

  /** "PDF'leri" is Turkish; "it's", "don't" are English. */
  private static int apostropheScore(String text, boolean turkishEndings) {
    int score = 0;
    Matcher m = APOSTROPHE_ENDING.matcher(text);
    while (m.find()) {
      boolean contraction = ENGLISH_CONTRACTION.matcher(m.group(1)).matches();
      if (contraction != turkishEndings) {
        score += WORD_WEIGHT;
      }
    }
    return score;
  }

  private static int wordScore(String text, Lexicon lexicon, List<String> verbs) {
    int score = 0;
    List<Word> words = Folding.words(text);
    for (Word w : words) {
      if (lexicon.stopWords.contains(w.text())
          || verbs.stream().anyMatch(v -> lexicon.finder.isForm(w.text(), v, true))) {
        score += WORD_WEIGHT;
      } else if (hasSuffix(w.text(), lexicon)) {
        score += SUFFIX_WEIGHT;
      }
    }
    return score;
  }

  /** The one-word verbs of a lexicon: "listele", "sırala", "summarize". */
  private static List<String> verbs(Lexicon lexicon) {
    return lexicon.intents.stream()
        .filter(e -> !e.noun() && !e.nominal())
        .flatMap(e -> e.words().stream())
        .filter(p -> p.length() == 1)
        .map(p -> p.tokens().get(0))
        .distinct()
        .toList();
  }

  private static boolean hasSuffix(String word, Lexicon lexicon) {
    return lexicon.suffixes.stream()
        .anyMatch(s -> word.length() >= s.length() + MIN_STEM_BEFORE_SUFFIX && word.endsWith(s));
  }
}
