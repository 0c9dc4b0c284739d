package dev.altlas.segmentation.atlas;

import dev.altlas.model.Atlas;
import java.util.List;

/**
 * What the atlas planner may reuse: this installation's derived atlas and the atlases imported from
 * others, each with where it came from, and what could not be read.
 *
 * @param derived what this installation's archive taught; null when there is none yet
 * @param imported what other installations taught, after the derived atlas (a pattern id seen twice
 *     is kept once, the derived one first)
 * @param warnings problems reading the knowledge (e.g. an imported file skipped), said with every
 *     plan
 */
public record Knowledge(Atlas derived, List<ImportedAtlas> imported, List<String> warnings) {

  public Knowledge {
    imported = imported == null ? List.of() : List.copyOf(imported);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** This installation's own atlas only. */
  public static Knowledge of(Atlas derived) {
    return new Knowledge(derived, List.of(), List.of());
  }
}
