package dev.altlas.segmentation;

import java.util.List;
import java.util.Set;

/**
 * What a clause asks for.
 *
 * @param main the task type of its verb; null when no lexicon entry fits
 * @param prerequisites tasks its noun phrases ask for first: "email me a summary of X" summarises
 *     before it e-mails
 * @param unmet when {@code main} is null: a verb that was recognised but lacked what it needs
 *     ("run" without a program); null if none
 * @param missing what {@code unmet} lacked
 */
record ClauseIntents(
    Intent main, List<Intent> prerequisites, Intent unmet, Set<IntentEntry.Need> missing) {

  ClauseIntents {
    prerequisites = List.copyOf(prerequisites);
    missing = Set.copyOf(missing);
  }
}
