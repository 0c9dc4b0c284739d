package dev.altlas.segmentation;

import java.util.List;

/**
 * What to rank by when a clause asks for "the most important", "en alakalı" (a criterion with no
 * field to sort on), or names it after a cue: "rank them by relevance to kubernetes", "kubernetes
 * ile ilgisine göre".
 */
final class RankCriterionExtractor {
  private static final int MAX_QUERY_WORDS = 8;

  private final Lexicon lexicon;
  private final CuedValue cued;

  RankCriterionExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cued = new CuedValue(lexicon);
  }

  /** The criterion a superlative names ("most important" → importance), or null. */
  String criterion(Clause clause) {
    return lexicon
        .finder
        .findFirst(clause.words(), lexicon.rankCriteria)
        .map(Found::value)
        .orElse(null);
  }

  /** Free words after (or, in Turkish, before) a ranking cue, or the criterion; or null. */
  String query(Clause clause) {
    String criterion = criterion(clause);
    if (criterion != null) {
      return criterion;
    }
    List<String> quoted = clause.literals(Literal.Kind.QUOTED);
    if (!quoted.isEmpty()) {
      return quoted.get(0);
    }
    return cued.find(clause, lexicon.rankQueryCues, MAX_QUERY_WORDS).orElse(null);
  }
}
