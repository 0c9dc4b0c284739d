package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labels a classification chooses among: listed ("as bug, feature or question", "spam, reklam
 * veya kişisel olarak") or implied by what it is about ("by sentiment" → positive, negative,
 * neutral).
 */
final class LabelExtractor {
  /** A label of more words than this is a phrase, not a label. */
  private static final int MAX_LABEL_WORDS = 3;

  private final Lexicon lexicon;

  LabelExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Labels extract(Clause clause) {
    return listed(clause)
        .map(values -> new Labels(values, false))
        .or(() -> implied(clause))
        .orElse(null);
  }

  private Optional<List<String>> listed(Clause clause) {
    List<Word> words = clause.words();
    for (Match cue : lexicon.finder.findAny(words, lexicon.labelCues.beforeValue())) {
      List<String> labels = labelsFrom(clause, cue.last() + 1, +1);
      if (labels.size() >= 2) {
        return Optional.of(labels);
      }
    }
    for (Match cue : lexicon.finder.findAny(words, lexicon.labelCues.afterValue())) {
      List<String> labels = labelsFrom(clause, cue.first() - 1, -1);
      if (labels.size() >= 2) {
        return Optional.of(labels.reversed());
      }
    }
    return Optional.empty();
  }

  /**
   * Reads labels from word {@code start} in direction {@code step}: groups of words separated by
   * commas or "or"/"and"/"veya"/"ve". Reading stops where two words meet with no separator after a
   * single-word label (the object of the verb begins there).
   */
  private List<String> labelsFrom(Clause clause, int start, int step) {
    List<Word> words = clause.words();
    var labels = new ArrayList<String>();
    var current = new ArrayList<Integer>();
    for (int i = start; i >= 0 && i < words.size(); i += step) {
      Optional<Match> separator =
          step > 0
              ? lexicon.finder.startingAt(words, i, lexicon.labelSeparators)
              : lexicon.finder.endingAt(words, i, lexicon.labelSeparators);
      if (separator.isPresent()) {
        addLabel(clause, current, labels);
        i = step > 0 ? separator.get().last() : separator.get().first();
        continue;
      }
      if (lexicon.stopWords.contains(words.get(i).text())) {
        if (current.isEmpty()) {
          continue; // "as a bug or a feature"
        }
        break; // "as bug or question in the tracker"
      }
      if (!current.isEmpty() && !commaBetween(clause, current.get(current.size() - 1), i)) {
        if (step < 0 || current.size() >= MAX_LABEL_WORDS) {
          break;
        }
      } else if (!current.isEmpty()) {
        addLabel(clause, current, labels);
      }
      current.add(i);
    }
    addLabel(clause, current, labels);
    return labels;
  }

  private void addLabel(Clause clause, List<Integer> indices, List<String> labels) {
    if (indices.isEmpty()) {
      return;
    }
    int first = Math.min(indices.get(0), indices.get(indices.size() - 1));
    int last = Math.max(indices.get(0), indices.get(indices.size() - 1));
    labels.add(lexicon.language.lowercase(clause.surface(first, last)).replace(' ', '_'));
    indices.clear();
  }

  private static boolean commaBetween(Clause clause, int a, int b) {
    int from = clause.words().get(Math.min(a, b)).end();
    int to = clause.words().get(Math.max(a, b)).start();
    return clause.text().substring(from, to).contains(",");
  }

  private Optional<Labels> implied(Clause clause) {
    return lexicon
        .finder
        .findFirst(clause.words(), lexicon.labelSets)
        .map(set -> new Labels(set.value(), true));
  }
}
