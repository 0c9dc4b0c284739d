package dev.altlas.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search, parsed. Syntax, as people type it into a search box:
 *
 * <ul>
 *   <li>{@code kitap rapor}: both must match (in any searched field, any word form);
 *   <li>{@code "monthly report"}: the words next to each other;
 *   <li>{@code pdf OR csv}: either (binds tighter than the implicit AND);
 *   <li>{@code -draft}, {@code -"old plan"}: must not match;
 *   <li>{@code command:kitap}, {@code title:…}, {@code output:…}, {@code summary:…}: in one field.
 * </ul>
 *
 * An empty text matches every run.
 *
 * @param required groups that must all match; each group matches when any of its terms does
 * @param excluded terms none of which may match
 */
public record TextQuery(List<List<Term>> required, List<Term> excluded) {

  /** Longest query text accepted, in characters. */
  public static final int MAX_LENGTH = 1000;

  /** Most terms a query may have. */
  public static final int MAX_TERMS = 64;

  public TextQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  /** A word or phrase, in one field or (field null) in all searched fields. */
  public record Term(SearchField field, String text, boolean phrase) {}

  public boolean matchesAll() {
    return required.isEmpty() && excluded.isEmpty();
  }

  /**
   * @throws InvalidQueryException naming the problem and its position (1-based column)
   */
  public static TextQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return new TextQuery(List.of(), List.of());
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          "the query is " + text.length() + " characters long; at most " + MAX_LENGTH + " allowed");
    }
    return new Parser(text).parse();
  }

  private static final class Parser {
    private final String text;
    private int pos;
    private int terms;
    private final List<List<Term>> required = new ArrayList<>();
    private final List<Term> excluded = new ArrayList<>();

    Parser(String text) {
      this.text = text;
    }

    TextQuery parse() {
      List<Term> group = null;
      boolean lastExcluded = false;
      boolean pendingOr = false;
      int orAt = -1;
      while (skipSpace()) {
        int start = pos;
        if (isOr()) {
          if (lastExcluded) {
            throw error(start, "an excluded term cannot be part of OR");
          }
          if (group == null || pendingOr) {
            throw error(start, "OR needs a word before it");
          }
          pos += 2;
          pendingOr = true;
          orAt = start;
          continue;
        }
        boolean negated = text.charAt(pos) == '-';
        if (negated) {
          pos++;
          if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
            throw error(start, "'-' must be followed by the word or phrase to exclude");
          }
        }
        Term term = term();
        if (++terms > MAX_TERMS) {
          throw error(start, "too many terms; at most " + MAX_TERMS + " allowed");
        }
        if (negated) {
          if (pendingOr) {
            throw error(start, "an excluded term cannot be part of OR");
          }
          excluded.add(term);
        } else if (pendingOr) {
          group.add(term);
        } else {
          group = new ArrayList<>(List.of(term));
          required.add(group);
        }
        lastExcluded = negated;
        pendingOr = false;
      }
      if (pendingOr) {
        throw error(orAt, "OR needs a word after it");
      }
      return new TextQuery(required, excluded);
    }

    private boolean skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      return pos < text.length();
    }

    private boolean isOr() {
      return text.startsWith("OR", pos)
          && (pos + 2 == text.length() || Character.isWhitespace(text.charAt(pos + 2)));
    }

    private Term term() {
      SearchField field = null;
      int start = pos;
      int colon = fieldPrefixEnd();
      if (colon > 0) {
        String name = text.substring(pos, colon);
        field = SearchField.byName(name);
        if (field == null) {
          throw error(
              start,
              "unknown field '"
                  + name
                  + "'; use one of "
                  + SearchField.names()
                  + " (or put the word in quotes)");
        }
        pos = colon + 1;
        if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
          throw error(start, "'" + name + ":' must be followed by a word or phrase");
        }
      }
      if (text.charAt(pos) == '"') {
        int open = pos;
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
          throw error(open, "the quote opened here is not closed");
        }
        String phrase = text.substring(open + 1, close).strip();
        if (phrase.isEmpty()) {
          throw error(open, "empty phrase \"\"");
        }
        pos = close + 1;
        return new Term(field, phrase, true);
      }
      int end = pos;
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != '"') {
        end++;
      }
      String word = text.substring(pos, end);
      pos = end;
      return new Term(field, word, false);
    }

    /** The index of the ':' ending a field name right here, or -1. */
    private int fieldPrefixEnd() {
      int i = pos;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      return i > pos && i < text.length() && text.charAt(i) == ':' ? i : -1;
    }

    private InvalidQueryException error(int at, String message) {
      return new InvalidQueryException(
          String.format(Locale.ROOT, "bad query at column %d: %s", at + 1, message));
    }
  }
}
