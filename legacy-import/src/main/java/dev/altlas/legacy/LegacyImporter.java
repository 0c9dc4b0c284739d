package dev.altlas.legacy;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Plan;
import java.time.Instant;
import java.util.Optional;

/**
 * Converts the plans the ALT_LAS prototypes left behind into current {@code .alt} plans.
 *
 * <p>Two shapes are accepted: the segmentation service's YAML ({@code segments[]}) and the runner's
 * JSON ({@code tasks[]} with {@code description} and {@code parameters}). Steps are mapped onto the
 * task catalog only where their parameters, task type or words make the intent clear; every other
 * step becomes an {@code unsupported} task that keeps its words and says why, and the plan's {@code
 * planner.warnings} list everything that was not carried over as written.
 */
public final class LegacyImporter {
  private final PlanAssembler assembler;

  public LegacyImporter(TaskCatalog catalog) {
    this.assembler = new PlanAssembler(catalog, Vocabulary.builtin());
  }

  /** Which legacy shape a text has; empty when it is not YAML or JSON or has neither shape. */
  public Optional<LegacyFormat> detect(String text) {
    try {
      return Optional.of(LegacyFormat.of(LegacyNode.parse(text)));
    } catch (LegacyFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Converts a legacy plan.
   *
   * @param now the plan's {@code created_at} when the legacy plan does not say (the segmentation
   *     shape never does); passed in so that the same text always gives the same plan
   * @throws LegacyFormatException when the text is not a legacy plan or a field has the wrong kind
   *     of value; the message names the field
   */
  public Plan importPlan(String text, Instant now) {
    LegacyNode root = LegacyNode.parse(text);
    LegacyDocument document =
        switch (LegacyFormat.of(root)) {
          case SEGMENTATION_YAML -> SegmentationReader.read(root);
          case RUNNER_JSON -> RunnerReader.read(root);
        };
    return assembler.assemble(document, text, now);
  }
}
