package dev.altlas.search.opensearch;

import dev.altlas.archive.HighlightFragments;
import dev.altlas.archive.SearchField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hit's highlights as every adapter gives them ({@link HighlightFragments}). OpenSearch marks the
 * matches in each field's whole text (one highlight per language sub-field); this reads their
 * positions back from the marks and hands them to the shared fragment cutter.
 */
final class HighlightMarks {

  /** Marks OpenSearch puts around matches: private-use characters, absent from real text. */
  static final String OPEN_MARK = "\uE000";

  static final String CLOSE_MARK = "\uE001";

  private HighlightMarks() {}

  /**
   * @param marked OpenSearch's highlights by index field ({@code command}, {@code command.en}, …)
   */
  static Map<String, List<String>> of(Map<String, List<String>> marked) {
    Map<String, List<String>> fragments = new LinkedHashMap<>();
    for (SearchField field : SearchField.values()) {
      String text = null;
      List<int[]> matches = new ArrayList<>();
      for (String name : List.of(field.indexName(), field.indexName() + ArchiveQuery.ENGLISH)) {
        for (String whole : marked.getOrDefault(name, List.of())) {
          text = unmarked(whole, matches);
        }
      }
      if (text != null && !matches.isEmpty()) {
        fragments.put(field.indexName(), HighlightFragments.of(text, matches));
      }
    }
    return fragments;
  }

  /** The text without marks; adds the ranges the marks enclosed to {@code matches}. */
  private static String unmarked(String whole, List<int[]> matches) {
    StringBuilder text = new StringBuilder(whole.length());
    int start = -1;
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (c == OPEN_MARK.charAt(0)) {
        start = text.length();
      } else if (c == CLOSE_MARK.charAt(0)) {
        if (start >= 0 && text.length() > start) {
          matches.add(new int[] {start, text.length()});
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
