package dev.altlas.orchestrator.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits Turkish and English text into sentences. Blank lines, list items and headings end a
 * sentence; other line breaks are hard wrapping. A full stop ends a sentence when the next word
 * starts with a capital, a digit or a quote, unless it closes an abbreviation (Dr., e.g., vb.), an
 * initial (J. Smith) or, in Turkish, an ordinal number (1. Dünya Savaşı).
 */
final class Sentences {
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
  private static final Pattern BLOCK_START =
      Pattern.compile("^\\s*(?:[-*•·–—]\\s|\\d{1,3}[.)]\\s|#{1,6}\\s|>\\s)");
  private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String TERMINATORS = ".!?…";
  private static final String CLOSERS = "\"'”’»)]";
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          // English
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "sr",
          "jr",
          "st",
          "vs",
          "etc",
          "e.g",
          "i.e",
          "inc",
          "ltd",
          "co",
          "corp",
          "no",
          "fig",
          "approx",
          "dept",
          "est",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "u.s",
          "u.k",
          "a.m",
          "p.m",
          // Turkish
          "doç",
          "yrd",
          "av",
          "müh",
          "vb",
          "bkz",
          "örn",
          "sn",
          "cad",
          "sok",
          "mah",
          "tel",
          "tic",
          "şti",
          "a.ş",
          "vd",
          "yy",
          "s",
          "bşk",
          "gen",
          "org",
          "alb",
          "yzb");

  private Sentences() {}

  static List<String> split(String text, Language language) {
    var sentences = new ArrayList<String>();
    for (String block : blocks(text)) {
      splitBlock(block, language, sentences);
    }
    return sentences;
  }

  /** Paragraphs, list items and headings, each with its hard-wrapped lines joined. */
  private static List<String> blocks(String text) {
    var blocks = new ArrayList<String>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String paragraph : PARAGRAPH.splitAsStream(normalized).toList()) {
      var current = new StringBuilder();
      for (String line : paragraph.lines().toList()) {
        if (BLOCK_START.matcher(line).find() && !current.isEmpty()) {
          blocks.add(current.toString());
          current.setLength(0);
        }
        if (!current.isEmpty()) {
          current.append(' ');
        }
        current.append(line.strip());
        // A heading is never wrapped: the next line starts a block of its own.
        if (HEADING.matcher(line).find()) {
          blocks.add(current.toString());
          current.setLength(0);
        }
      }
      if (!current.isEmpty()) {
        blocks.add(current.toString());
      }
    }
    return blocks;
  }

  private static void splitBlock(String block, Language language, List<String> into) {
    int start = 0;
    int n = block.length();
    int i = 0;
    while (i < n) {
      if (TERMINATORS.indexOf(block.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && TERMINATORS.indexOf(block.charAt(end)) >= 0) {
        end++;
      }
      while (end < n && CLOSERS.indexOf(block.charAt(end)) >= 0) {
        end++;
      }
      int next = end;
      while (next < n && Character.isWhitespace(block.charAt(next))) {
        next++;
      }
      boolean spaced = next > end;
      if (spaced
          && next < n
          && startsSentence(block.charAt(next))
          && !continuesAfter(block, start, i, language)) {
        add(block.substring(start, end), into);
        start = next;
      }
      i = Math.max(end, i + 1);
    }
    add(block.substring(start), into);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || "\"'“‘«([".indexOf(c) >= 0
        || Character.isTitleCase(c);
  }

  /** Whether the full stop at {@code dot} belongs to the word before it rather than ending. */
  private static boolean continuesAfter(String block, int start, int dot, Language language) {
    if (block.charAt(dot) != '.') {
      return false;
    }
    int wordStart = dot;
    while (wordStart > start && !Character.isWhitespace(block.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = block.substring(wordStart, dot).replaceAll("^[\"'“‘«(\\[]+", "");
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (language == Language.TURKISH && DIGITS.matcher(word).matches()) {
      return true;
    }
    return ABBREVIATIONS.contains(Terms.lower(word, language.locale()));
  }

  private static void add(String sentence, List<String> into) {
    String s = sentence.strip();
    if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
      into.add(s);
    }
  }
}
