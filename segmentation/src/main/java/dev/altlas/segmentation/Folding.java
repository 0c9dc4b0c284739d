package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for matching: lower case, and Turkish letters to their ASCII base, so that "İSTANBUL",
 * "istanbul" and "ıstanbul" match alike and Turkish typed without its letters ("dosyalari sirala")
 * still matches. Each character folds to exactly one character, so positions in the folded text are
 * positions in the original.
 */
final class Folding {
  private Folding() {}

  static String fold(String text) {
    var sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      sb.append(fold(text.charAt(i)));
    }
    return sb.toString();
  }

  static char fold(char c) {
    char lower = c == 'İ' || c == 'I' ? 'i' : Character.toLowerCase(c);
    return switch (lower) {
      case 'ı', 'î' -> 'i';
      case 'ş' -> 's';
      case 'ğ' -> 'g';
      case 'ç' -> 'c';
      case 'ö' -> 'o';
      case 'ü', 'û' -> 'u';
      case 'â' -> 'a';
      default -> lower;
    };
  }

  /** The words of a text: runs of letters and digits; apostrophes and hyphens separate words. */
  static List<Word> words(String text) {
    String folded = fold(text);
    var words = new ArrayList<Word>();
    int i = 0;
    while (i < folded.length()) {
      if (!Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      words.add(new Word(folded.substring(start, i), start, i));
    }
    return words;
  }
}
