package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * The words to search the archive for: quoted text, the words after "for" / "about" (before
 * "hakkında" / "ile ilgili" in Turkish), or else the clause's words that are not about searching
 * itself ("archive", "runs", "failed", "last week").
 */
final class SearchQueryExtractor {
  private static final int MAX_QUERY_WORDS = 6;

  private final Lexicon lexicon;
  private final CuedValue cued;

  SearchQueryExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cued = new CuedValue(lexicon);
  }

  String extract(Clause clause) {
    List<String> quoted = clause.literals(Literal.Kind.QUOTED);
    if (!quoted.isEmpty()) {
      return quoted.get(0);
    }
    return cued.find(clause, lexicon.queryCues, MAX_QUERY_WORDS)
        .map(this::withoutSearchWords)
        .filter(q -> !q.isBlank())
        .orElseGet(() -> withoutSearchWords(clause.text()));
  }

  private String withoutSearchWords(String text) {
    var kept = new ArrayList<String>();
    for (Word w : Folding.words(Literals.mask(text, Literals.find(text)))) {
      boolean searchWord =
          lexicon.queryStopWords.contains(w.text())
              || lexicon.stopWords.contains(w.text())
              || lexicon.fillers.contains(w.text())
              || lexicon.number(w.text()) != null
              || lexicon.isUnit(w.text())
              || isQueryStopForm(w.text());
      if (!searchWord) {
        kept.add(lexicon.language.lowercase(text.substring(w.start(), w.end())));
      }
    }
    return String.join(" ", kept.subList(0, Math.min(kept.size(), MAX_QUERY_WORDS)));
  }

  /** Turkish endings: "arşivdeki", "çalıştırmaları" are forms of stop words too. */
  private boolean isQueryStopForm(String word) {
    return lexicon.queryStopWords.stream().anyMatch(s -> lexicon.finder.isForm(word, s, false));
  }
}
