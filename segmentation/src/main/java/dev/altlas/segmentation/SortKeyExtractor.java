package dev.altlas.segmentation;

import java.util.List;
import java.util.Optional;

/**
 * How a clause wants a list ordered: "largest" / "en büyük" → size desc, "newest" / "en yeni" →
 * modified desc, "alphabetically" / "ada göre" → name asc, "by price" / "fiyata göre" → price;
 * "descending", "azalan" turn the order. A field named with a bare "by" counts only beside a sort
 * verb, so "send it by email" is no sort.
 */
final class SortKeyExtractor {
  private final Lexicon lexicon;
  private final List<Phrase> sortVerbs;

  SortKeyExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.sortVerbs =
        lexicon.intents.stream()
            .filter(e -> e.type().equals("data.sort"))
            .flatMap(e -> e.words().stream())
            .toList();
  }

  SortKey extract(Clause clause) {
    List<Word> words = clause.words();
    Optional<String> order = lexicon.finder.findFirst(words, lexicon.orderWords).map(Found::value);
    Optional<Found<SortKey>> named = lexicon.finder.findFirst(words, lexicon.sortKeys);
    if (named.isPresent()) {
      SortKey key = named.get().value();
      return new SortKey(key.by(), order.orElse(key.order()));
    }
    if (!hasSortVerb(words)) {
      return null;
    }
    return fieldAfterCue(clause)
        .or(() -> fieldBeforeCue(clause))
        .map(field -> new SortKey(field, order.orElse("asc")))
        .orElse(null);
  }

  private boolean hasSortVerb(List<Word> words) {
    return sortVerbs.stream().anyMatch(v -> !lexicon.finder.find(words, v, true).isEmpty());
  }

  /** "by price". */
  private Optional<String> fieldAfterCue(Clause clause) {
    for (Match cue : lexicon.finder.findAny(clause.words(), lexicon.sortFieldCues.beforeValue())) {
      int at = cue.last() + 1;
      if (at < clause.words().size() && FieldNames.canName(lexicon, clause.words().get(at))) {
        return Optional.of(FieldNames.of(lexicon, clause, at));
      }
    }
    return Optional.empty();
  }

  /** "fiyata göre". */
  private Optional<String> fieldBeforeCue(Clause clause) {
    for (Match cue : lexicon.finder.findAny(clause.words(), lexicon.sortFieldCues.afterValue())) {
      int at = CuedValue.wordBefore(clause, cue.first());
      if (at >= 0 && FieldNames.canName(lexicon, clause.words().get(at))) {
        return Optional.of(FieldNames.of(lexicon, clause, at));
      }
    }
    return Optional.empty();
  }
}
