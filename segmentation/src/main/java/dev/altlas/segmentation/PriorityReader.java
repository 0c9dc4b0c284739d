package dev.altlas.segmentation;

import dev.altlas.model.Priority;
import java.util.List;

/** The priority a command asks for: "urgent" / "acil" → high, "critical" / "kritik" → critical. */
final class PriorityReader {
  private final Lexicon lexicon;

  PriorityReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Priority read(String command) {
    List<Priority> said =
        lexicon
            .finder
            .findAll(
                Folding.words(Literals.mask(command, Literals.find(command))), lexicon.priority)
            .stream()
            .map(Found::value)
            .toList();
    for (Priority p : List.of(Priority.CRITICAL, Priority.HIGH, Priority.LOW)) {
      if (said.contains(p)) {
        return p;
      }
    }
    return Priority.NORMAL;
  }
}
