package dev.altlas.orchestrator.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Key phrases in the manner of RAKE: runs of content words between function words and punctuation
 * are candidates; a word scores its co-occurrence degree over its frequency, a phrase the sum of
 * its words, boosted by how often the phrase recurs. Words are compared by stem so that Turkish
 * inflections (rapor, raporu, raporların) count as one.
 */
final class Keywords {
  static final int LIMIT = 10;
  private static final int MAX_PHRASE_WORDS = 3;
  private static final Pattern FRAGMENT_BREAK =
      Pattern.compile("[.,;:!?()\\[\\]{}\"“”«»…/|\\n]+|\\s[-–—]\\s");

  private Keywords() {}

  private static final class Phrase {
    final String surface;
    final List<String> stems;
    final int first;
    int occurrences;
    double score;

    Phrase(String surface, List<String> stems, int first) {
      this.surface = surface;
      this.stems = stems;
      this.first = first;
    }
  }

  static List<String> of(String text, Language language) {
    var phrases = new LinkedHashMap<String, Phrase>();
    var frequency = new HashMap<String, Integer>();
    var degree = new HashMap<String, Integer>();
    for (List<String> run : candidateRuns(text, language)) {
      var stems = run.stream().map(Terms::stem).toList();
      Phrase phrase =
          phrases.computeIfAbsent(
              String.join(" ", stems),
              k -> new Phrase(String.join(" ", run), stems, phrases.size()));
      phrase.occurrences++;
      for (String stem : stems) {
        frequency.merge(stem, 1, Integer::sum);
        degree.merge(stem, stems.size(), Integer::sum);
      }
    }
    for (Phrase phrase : phrases.values()) {
      for (String stem : phrase.stems) {
        phrase.score += degree.get(stem) / (double) frequency.get(stem);
      }
      phrase.score *= 1 + Math.log(phrase.occurrences);
    }
    return phrases.values().stream()
        .sorted(Comparator.<Phrase>comparingDouble(p -> -p.score).thenComparingInt(p -> p.first))
        .limit(LIMIT)
        .map(p -> p.surface)
        .toList();
  }

  /** Runs of content words, at most {@link #MAX_PHRASE_WORDS} long. */
  private static List<List<String>> candidateRuns(String text, Language language) {
    var runs = new ArrayList<List<String>>();
    for (String fragment : FRAGMENT_BREAK.splitAsStream(text).toList()) {
      var run = new ArrayList<String>();
      for (String word : Terms.words(fragment, language.locale())) {
        boolean content = Terms.isContent(word) && !word.chars().allMatch(Character::isDigit);
        if (content) {
          run.add(word);
        }
        if (!content || run.size() == MAX_PHRASE_WORDS) {
          addRun(run, runs);
        }
      }
      addRun(run, runs);
    }
    return runs;
  }

  private static void addRun(List<String> run, List<List<String>> runs) {
    if (!run.isEmpty()) {
      runs.add(List.copyOf(run));
      run.clear();
    }
  }
}
