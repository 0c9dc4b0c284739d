package dev.altlas.segmentation.atlas;

import dev.altlas.archive.Embedding;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.segmentation.CommandValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The patterns of one {@link Knowledge} the planner may reuse, by shape and by embedding, each with
 * the imported atlas it comes from (if any). A pattern is trusted when enough of its runs succeeded
 * and it has a template; numbers that are not finite (a hand-edited or damaged file) are not
 * trusted.
 */
final class PatternIndex {
  /**
   * A learned shape keeps a value as written when the plan did not hold it, so a command matches a
   * pattern with any of its values as words: every choice is tried, for at most this many values
   * (1,024 shapes); further values are always slots.
   */
  private static final int MAX_VALUES_AS_WORDS = 10;

  private static final Comparator<CommandPattern> MORE_TRUSTED_FIRST =
      Comparator.comparingDouble(CommandPattern::successRate)
          .reversed()
          .thenComparing(Comparator.comparingLong(CommandPattern::runs).reversed())
          .thenComparing(CommandPattern::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(CommandPattern::id, Comparator.nullsLast(Comparator.naturalOrder()));

  private final Knowledge knowledge;
  private final Map<String, List<Known>> byShape = new HashMap<>();
  private final List<Embedded> embedded = new ArrayList<>();

  PatternIndex(Knowledge knowledge, ReuseSettings settings) {
    this.knowledge = knowledge;
    Set<String> ids = new HashSet<>();
    if (knowledge.derived() != null) {
      knowledge.derived().patterns().forEach(p -> add(new Known(p, null), ids, settings));
    }
    for (ImportedAtlas imported : knowledge.imported()) {
      imported.atlas().patterns().forEach(p -> add(new Known(p, imported), ids, settings));
    }
  }

  private void add(Known known, Set<String> ids, ReuseSettings settings) {
    CommandPattern p = known.pattern();
    if (!ids.add(String.valueOf(p.id())) || !trusted(p, settings)) {
      return;
    }
    byShape
        .computeIfAbsent(key(p.language(), p.normalizedCommand()), k -> new ArrayList<>())
        .add(known);
    if (!p.embedding().isEmpty() && p.embedding().stream().allMatch(Float::isFinite)) {
      embedded.add(new Embedded(known, embedding(p.embedding())));
    }
  }

  private static boolean trusted(CommandPattern p, ReuseSettings settings) {
    return p.language() != null
        && p.normalizedCommand() != null
        && p.template() != null
        && !p.template().tasks().isEmpty()
        && p.successRate() >= settings.minSuccessRate()
        && p.successRate() <= 1
        && p.runs() >= settings.minRuns();
  }

  /** Whether this index was built from that knowledge: the same atlas instances. */
  boolean isOf(Knowledge other) {
    if (knowledge.derived() != other.derived()
        || knowledge.imported().size() != other.imported().size()) {
      return false;
    }
    for (int i = 0; i < other.imported().size(); i++) {
      if (knowledge.imported().get(i).atlas() != other.imported().get(i).atlas()) {
        return false;
      }
    }
    return true;
  }

  boolean hasEmbeddings() {
    return !embedded.isEmpty();
  }

  /** Patterns of the command's shape and mode, the most trusted first. */
  List<PatternMatch> exact(CommandShape shape, Mode mode) {
    var matches = new ArrayList<PatternMatch>();
    int variable = Math.min(shape.values().size(), MAX_VALUES_AS_WORDS);
    for (int choice = (1 << variable) - 1; choice >= 0; choice--) {
      int asSlots = choice;
      IntPredicate slotted = i -> i >= variable || (asSlots >> i & 1) == 1;
      List<Known> found = byShape.get(key(shape.language().code(), shape.normalized(slotted)));
      if (found == null) {
        continue;
      }
      List<CommandValue> values = slottedValues(shape, slotted);
      for (Known k : found) {
        if (modeOf(k.pattern()) == mode) {
          matches.add(
              new PatternMatch(
                  k.pattern(), PatternMatch.Kind.EXACT, 1.0, values, k.importedFrom()));
        }
      }
    }
    matches.sort(Comparator.comparing(PatternMatch::pattern, MORE_TRUSTED_FIRST));
    return matches;
  }

  /**
   * Patterns of the command's language and mode whose embedding is at least {@code minSimilarity}
   * close to the command's, the closest first.
   */
  List<PatternMatch> similar(
      CommandShape shape, Mode mode, Embedding command, double minSimilarity) {
    var matches = new ArrayList<PatternMatch>();
    for (Embedded e : embedded) {
      CommandPattern p = e.known().pattern();
      if (!p.language().equals(shape.language().code()) || modeOf(p) != mode) {
        continue;
      }
      double similarity = command.cosine(e.embedding());
      if (similarity >= minSimilarity) {
        matches.add(
            new PatternMatch(
                p,
                PatternMatch.Kind.SEMANTIC,
                similarity,
                shape.values(),
                e.known().importedFrom()));
      }
    }
    matches.sort(
        Comparator.comparingDouble(PatternMatch::similarity)
            .reversed()
            .thenComparing(PatternMatch::pattern, MORE_TRUSTED_FIRST));
    return matches;
  }

  private static List<CommandValue> slottedValues(CommandShape shape, IntPredicate slotted) {
    var values = new ArrayList<CommandValue>();
    for (int i = 0; i < shape.values().size(); i++) {
      if (slotted.test(i)) {
        values.add(shape.values().get(i));
      }
    }
    return values;
  }

  private static Mode modeOf(CommandPattern p) {
    return p.template().mode() == null ? Mode.NORMAL : p.template().mode();
  }

  private static String key(String language, String normalizedCommand) {
    return language + "\n" + normalizedCommand;
  }

  private static Embedding embedding(List<Float> values) {
    var array = new float[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return new Embedding(array);
  }

  /** A pattern and the imported atlas it comes from; null for this installation's own. */
  private record Known(CommandPattern pattern, ImportedAtlas importedFrom) {}

  private record Embedded(Known known, Embedding embedding) {}
}
