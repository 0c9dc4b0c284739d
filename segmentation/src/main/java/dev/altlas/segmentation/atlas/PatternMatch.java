package dev.altlas.segmentation.atlas;

import dev.altlas.model.CommandPattern;
import dev.altlas.segmentation.CommandValue;
import java.util.List;
import java.util.Locale;

/**
 * A pattern that fits a command.
 *
 * @param similarity 1 for an exact match; the cosine of the embeddings for a match by meaning
 * @param values the command's values for the template's slots, in command order
 * @param importedFrom the imported atlas the pattern comes from; null for this installation's own
 */
record PatternMatch(
    CommandPattern pattern,
    Kind kind,
    double similarity,
    List<CommandValue> values,
    ImportedAtlas importedFrom) {

  PatternMatch {
    values = List.copyOf(values);
  }

  /** How the pattern fits. */
  enum Kind {
    /** The command has the pattern's shape. */
    EXACT,
    /** The command means what the pattern's commands meant, by their embeddings. */
    SEMANTIC;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
