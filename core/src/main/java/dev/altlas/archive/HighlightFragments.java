package dev.altlas.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a text field's matches into the fragments a {@link SearchHit} carries, the same way in every
 * adapter: matches (from both languages' analyses) merged, each fragment a match with up to {@value
 * #CONTEXT} characters of context on each side (not cut inside a word), at most {@value
 * #MAX_FRAGMENTS}, matches wrapped in {@code <em>…</em>}.
 */
public final class HighlightFragments {
  private static final String OPEN = "<em>";
  private static final String CLOSE = "</em>";
  private static final int CONTEXT = 60;
  private static final int MAX_FRAGMENTS = 3;

  private HighlightFragments() {}

  /**
   * @param matches {@code [start, end)} character ranges of matches in {@code text}, in any order,
   *     possibly overlapping
   */
  public static List<String> of(String text, List<int[]> matches) {
    return fragments(text, merged(matches));
  }

  /** The matches sorted, overlapping ones joined. */
  private static List<int[]> merged(List<int[]> matches) {
    List<int[]> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((int[] m) -> m[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] match : sorted) {
      int[] last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && match[0] <= last[1]) {
        last[1] = Math.max(last[1], match[1]);
      } else {
        merged.add(match.clone());
      }
    }
    return merged;
  }

  private static List<String> fragments(String text, List<int[]> matches) {
    List<String> fragments = new ArrayList<>();
    int i = 0;
    while (i < matches.size() && fragments.size() < MAX_FRAGMENTS) {
      int start = wordStart(text, matches.get(i)[0]);
      int j = i;
      int end = wordEnd(text, matches.get(j)[1]);
      // A match within the context of this fragment joins it.
      while (j + 1 < matches.size() && matches.get(j + 1)[0] <= end) {
        j++;
        end = Math.max(end, wordEnd(text, matches.get(j)[1]));
      }
      StringBuilder fragment = new StringBuilder();
      int at = start;
      for (int k = i; k <= j; k++) {
        int[] match = matches.get(k);
        fragment.append(text, at, match[0]).append(OPEN);
        fragment.append(text, match[0], match[1]).append(CLOSE);
        at = match[1];
      }
      fragment.append(text, at, end);
      fragments.add(fragment.toString().strip());
      i = j + 1;
    }
    return fragments;
  }

  /** Up to {@link #CONTEXT} characters before {@code match}, not starting inside a word. */
  private static int wordStart(String text, int match) {
    int start = Math.max(0, match - CONTEXT);
    if (start == 0) {
      return 0;
    }
    for (int i = start; i < match; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return match;
  }

  /** Up to {@link #CONTEXT} characters after {@code match}, not ending inside a word. */
  private static int wordEnd(String text, int match) {
    int end = Math.min(text.length(), match + CONTEXT);
    if (end == text.length()) {
      return end;
    }
    for (int i = end; i > match; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i - 1;
      }
    }
    return match;
  }
}
