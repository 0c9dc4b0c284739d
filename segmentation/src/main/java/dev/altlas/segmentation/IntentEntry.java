package dev.altlas.segmentation;

import java.util.List;
import java.util.Set;

/**
 * Lexicon words that name a task type.
 *
 * @param type a catalog task type, or {@link #PRESENT} for verbs that only show data
 * @param needs what else the clause must mention for these words to mean this type
 * @param context words of which the clause must contain one; empty for none
 * @param nominal a noun phrase ("a summary of") asking for this task before the clause's verb
 * @param noun the words are nouns, matched with noun endings rather than verb endings
 */
record IntentEntry(
    String type,
    double confidence,
    List<Phrase> words,
    Set<Need> needs,
    List<Phrase> context,
    boolean nominal,
    boolean noun) {

  /** Verbs like "show" that add no task of their own; the data they name is the plan's result. */
  static final String PRESENT = "present";

  /** What a clause must mention besides the verb. */
  enum Need {
    FILES,
    PATH,
    URL,
    EMAIL,
    COUNT,
    FILTER,
    FIELDS,
    EXTRACT_FIELDS,
    PROGRAM
  }

  IntentEntry {
    words = List.copyOf(words);
    needs = Set.copyOf(needs);
    context = List.copyOf(context);
  }
}
