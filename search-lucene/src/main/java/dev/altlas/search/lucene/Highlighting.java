package dev.altlas.search.lucene;

import dev.altlas.archive.HighlightFragments;
import dev.altlas.archive.SearchField;
import dev.altlas.search.lucene.BilingualAnalysis.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The fragments of a hit's text fields that match the words, with the matches wrapped in {@code
 * <em>…</em>}. The {@link UnifiedHighlighter} finds the matches in each language's analysis of a
 * field (phrases only where the words stand together); the matches of both languages are merged,
 * and cut into fragments by {@link HighlightFragments}.
 */
final class Highlighting {

  private final UnifiedHighlighter highlighter;

  Highlighting(BilingualAnalysis analysis) {
    highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analysis.index())
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new MatchRanges())
            .withMaxNoHighlightPassages(0)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .build();
  }

  /** Per field with a match ({@link SearchField#indexName()}), its fragments in text order. */
  Map<String, List<String>> of(Query words, Document stored) throws IOException {
    Map<String, List<String>> fragments = new LinkedHashMap<>();
    for (SearchField field : SearchField.values()) {
      String text = stored.get(field.indexName());
      if (text == null || text.isEmpty()) {
        continue;
      }
      List<int[]> matches = new ArrayList<>();
      for (Language language : Language.values()) {
        if (highlighter.highlightWithoutSearcher(language.field(field), words, text, 1)
            instanceof Ranges found) {
          matches.addAll(found.ranges());
        }
      }
      if (!matches.isEmpty()) {
        fragments.put(field.indexName(), HighlightFragments.of(text, matches));
      }
    }
    return fragments;
  }

  /** The match offsets of the one passage that is the whole text. */
  private record Ranges(List<int[]> ranges) {}

  private static final class MatchRanges extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<int[]> ranges = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          ranges.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
        }
      }
      return new Ranges(ranges);
    }
  }
}
