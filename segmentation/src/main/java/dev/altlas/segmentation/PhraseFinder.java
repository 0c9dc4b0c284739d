package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds lexicon phrases among a clause's words, using the language's morphology. */
final class PhraseFinder {
  /** Words this short match only exactly: "on" (ten) must not match "onu" (it). */
  private static final int SHORTEST_INFLECTED = 3;

  private final Morphology morphology;

  PhraseFinder(Morphology morphology) {
    this.morphology = morphology;
  }

  /** Whether the phrase starts at word {@code at}; a verb phrase's last word is a verb. */
  boolean matchesAt(List<Word> words, int at, Phrase phrase, boolean verb) {
    if (at + phrase.length() > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length(); k++) {
      boolean lastOfVerb = verb && k == phrase.length() - 1;
      if (!isForm(words.get(at + k).text(), phrase.tokens().get(k), lastOfVerb)) {
        return false;
      }
    }
    return true;
  }

  boolean isForm(String word, String lexeme, boolean verb) {
    if (word.equals(lexeme)) {
      return true;
    }
    if (lexeme.length() < SHORTEST_INFLECTED) {
      return false;
    }
    return verb ? morphology.isVerbForm(word, lexeme) : morphology.isNounForm(word, lexeme);
  }

  List<Match> find(List<Word> words, Phrase phrase, boolean verb) {
    var matches = new ArrayList<Match>();
    for (int i = 0; i < words.size(); i++) {
      if (matchesAt(words, i, phrase, verb)) {
        matches.add(new Match(phrase, i, i + phrase.length() - 1));
      }
    }
    return matches;
  }

  /** A phrase among {@code phrases} that starts at word {@code at}; the longest if several. */
  Optional<Match> startingAt(List<Word> words, int at, Collection<Phrase> phrases) {
    if (at < 0) {
      return Optional.empty();
    }
    return phrases.stream()
        .filter(p -> matchesAt(words, at, p, false))
        .max(Comparator.comparingInt(Phrase::length))
        .map(p -> new Match(p, at, at + p.length() - 1));
  }

  /** A phrase among {@code phrases} that ends at word {@code at}; the longest if several. */
  Optional<Match> endingAt(List<Word> words, int at, Collection<Phrase> phrases) {
    return phrases.stream()
        .filter(p -> at - p.length() + 1 >= 0 && matchesAt(words, at - p.length() + 1, p, false))
        .max(Comparator.comparingInt(Phrase::length))
        .map(p -> new Match(p, at - p.length() + 1, at));
  }

  /** Every occurrence of any of the phrases, as nouns. */
  List<Match> findAny(List<Word> words, Collection<Phrase> phrases) {
    var matches = new ArrayList<Match>();
    for (Phrase p : phrases) {
      matches.addAll(find(words, p, false));
    }
    return matches;
  }

  boolean containsAny(List<Word> words, Collection<Phrase> phrases) {
    return !findAny(words, phrases).isEmpty();
  }

  /** The earliest occurrence of any of the phrases; the longest when several start there. */
  Optional<Match> first(List<Word> words, Collection<Phrase> phrases) {
    return findAny(words, phrases).stream()
        .min(Comparator.comparingInt(Match::first).thenComparing(Match::length, reverseOrder()));
  }

  /**
   * Each meaning whose phrases occur, without overlaps: longer phrases win, so "text file" is one
   * file kind and not also "file". Ordered by position.
   */
  <T> List<Found<T>> findAll(List<Word> words, List<Meaning<T>> meanings) {
    var candidates = new ArrayList<Found<T>>();
    for (Meaning<T> m : meanings) {
      for (Phrase p : m.phrases()) {
        for (Match match : find(words, p, false)) {
          candidates.add(new Found<>(m.value(), match));
        }
      }
    }
    candidates.sort(
        Comparator.comparing((Found<T> f) -> f.match().length(), reverseOrder())
            .thenComparingInt(f -> f.match().first()));
    var chosen = new ArrayList<Found<T>>();
    for (Found<T> f : candidates) {
      if (chosen.stream().noneMatch(c -> c.match().overlaps(f.match()))) {
        chosen.add(f);
      }
    }
    chosen.sort(Comparator.comparingInt(f -> f.match().first()));
    return chosen;
  }

  <T> Optional<Found<T>> findFirst(List<Word> words, List<Meaning<T>> meanings) {
    return findAll(words, meanings).stream().findFirst();
  }

  private static Comparator<Integer> reverseOrder() {
    return Comparator.reverseOrder();
  }
}
