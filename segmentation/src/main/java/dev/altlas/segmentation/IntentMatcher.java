package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a clause's verb to a task type through the lexicon. When several entries match, the one
 * whose words stand where the language puts its verb wins (first in English, an imperative
 * language; last in Turkish, a verb-final one), then the longer phrase, then the entry whose needs
 * the clause meets more specifically, then the more confident.
 */
final class IntentMatcher {
  private final Lexicon lexicon;

  IntentMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the clause has a verb the lexicon knows, whatever it needs, where the language puts its
   * verb: first in English ("feature request or question" has none), last in Turkish.
   */
  boolean mentionsAction(Clause clause) {
    int verbAt = verbPosition(clause);
    return verbAt >= 0
        && lexicon.intents.stream()
            .filter(e -> !e.nominal())
            .flatMap(e -> matches(clause, e).stream())
            .anyMatch(
                m ->
                    lexicon.language == Language.TURKISH
                        ? m.last() == verbAt
                        : m.first() == verbAt);
  }

  /** Whether word {@code at} is part of a verb phrase of the lexicon. */
  boolean isVerbWord(Clause clause, int at) {
    return lexicon.intents.stream()
        .filter(e -> !e.nominal())
        .flatMap(e -> matches(clause, e).stream())
        .anyMatch(m -> m.first() <= at && at <= m.last());
  }

  /** The first word (English) or last word (Turkish) that is not a filler; -1 if none. */
  private int verbPosition(Clause clause) {
    List<Word> words = clause.words();
    boolean turkish = lexicon.language == Language.TURKISH;
    for (int k = 0; k < words.size(); k++) {
      int i = turkish ? words.size() - 1 - k : k;
      if (!lexicon.isFiller(words.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  ClauseIntents match(Clause clause, Slots slots) {
    var eligible = new ArrayList<Candidate>();
    var ineligible = new ArrayList<Candidate>();
    for (int order = 0; order < lexicon.intents.size(); order++) {
      IntentEntry entry = lexicon.intents.get(order);
      Set<IntentEntry.Need> missing = missing(entry, slots);
      boolean inContext =
          entry.context().isEmpty() || lexicon.finder.containsAny(clause.words(), entry.context());
      for (Match m : matches(clause, entry)) {
        var candidate = new Candidate(entry, m, order, missing);
        (missing.isEmpty() && inContext ? eligible : ineligible).add(candidate);
      }
    }
    Comparator<Candidate> preference = preference();
    Candidate main =
        eligible.stream()
            .filter(c -> !c.entry.nominal())
            .min(preference)
            .orElseGet(
                () ->
                    eligible.stream()
                        .filter(c -> c.entry.nominal())
                        .min(Comparator.comparingInt(c -> c.match.first()))
                        .orElse(null));
    if (main == null) {
      Candidate unmet = ineligible.stream().min(preference).orElse(null);
      return new ClauseIntents(
          null,
          List.of(),
          unmet == null ? null : unmet.intent(clause),
          unmet == null ? Set.of() : unmet.missing);
    }
    return new ClauseIntents(
        main.intent(clause), prerequisites(clause, eligible, main), null, Set.of());
  }

  private List<Intent> prerequisites(Clause clause, List<Candidate> eligible, Candidate main) {
    var chosen = new ArrayList<Candidate>();
    eligible.stream()
        .filter(c -> c.entry.nominal())
        .filter(c -> !c.entry.type().equals(main.entry.type()))
        .filter(c -> !c.match.overlaps(main.match))
        .sorted(
            Comparator.comparingInt((Candidate c) -> c.match.first())
                .thenComparing(c -> c.match.length(), Comparator.reverseOrder()))
        .forEach(
            c -> {
              if (chosen.stream().noneMatch(o -> o.entry.type().equals(c.entry.type()))) {
                chosen.add(c);
              }
            });
    return chosen.stream().map(c -> c.intent(clause)).toList();
  }

  private Comparator<Candidate> preference() {
    Comparator<Candidate> position =
        lexicon.language == Language.TURKISH
            ? Comparator.comparingInt((Candidate c) -> -c.match.last())
            : Comparator.comparingInt((Candidate c) -> c.match.first());
    return position
        .thenComparing(c -> -c.match.length())
        .thenComparing(c -> -c.specificity())
        .thenComparing(c -> -c.entry.confidence())
        .thenComparingInt(c -> c.order);
  }

  private List<Match> matches(Clause clause, IntentEntry entry) {
    boolean verb = !entry.noun() && !entry.nominal();
    var matches = new ArrayList<Match>();
    for (Phrase p : entry.words()) {
      matches.addAll(lexicon.finder.find(clause.words(), p, verb));
    }
    return matches;
  }

  private static Set<IntentEntry.Need> missing(IntentEntry entry, Slots slots) {
    var missing = EnumSet.noneOf(IntentEntry.Need.class);
    for (IntentEntry.Need need : entry.needs()) {
      if (!has(need, slots)) {
        missing.add(need);
      }
    }
    return missing;
  }

  private static boolean has(IntentEntry.Need need, Slots slots) {
    return switch (need) {
      case FILES -> slots.sources().mentionsFiles();
      case PATH -> !slots.sources().paths().isEmpty();
      case URL -> !slots.sources().urls().isEmpty();
      case EMAIL -> !slots.emails().isEmpty();
      case COUNT -> slots.shaping().count() != null;
      case FILTER -> slots.shaping().filter() != null;
      case FIELDS -> !slots.selectFields().isEmpty();
      case EXTRACT_FIELDS -> !slots.extractFields().isEmpty();
      case PROGRAM -> slots.program() != null;
    };
  }

  /** One way the clause could be read. */
  private record Candidate(
      IntentEntry entry, Match match, int order, Set<IntentEntry.Need> missing) {

    int specificity() {
      return entry.needs().size() + (entry.context().isEmpty() ? 0 : 1);
    }

    Intent intent(Clause clause) {
      return new Intent(entry.type(), entry.confidence(), match, clause.surface(match));
    }
  }
}
