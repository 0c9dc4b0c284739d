package dev.altlas.segmentation;

import java.util.Map;
import java.util.Optional;

/**
 * "Store the summaries as weekly-digest", "depola", "yükle": the latest data kept as an artifact. A
 * key the clause does not give is made from the file or the step it stores.
 */
final class StorePutRecipe implements TaskRecipe {
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "json",
          "application/json",
          "csv",
          "text/csv",
          "markdown",
          "text/markdown",
          "yaml",
          "application/yaml",
          "text",
          "text/plain");

  private final InputResolver inputs;
  private final ShapingSteps shaping;

  StorePutRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Optional<Output> found = inputs.require(step, step.slots().sources(), draft);
    if (found.isEmpty()) {
      return;
    }
    Output data = shaping.apply(found.get(), step, draft);
    double sure = step.intent().confidence();
    String key = step.slots().key();
    if (key == null) {
      key = defaultKey(step, data);
      draft.warn("default_key", "text", step.text(), "key", key);
      sure -= 0.1;
    }
    String format = step.slots().format();
    draft
        .add("storage.put", step)
        .param("key", key)
        .param("content", data.ref())
        .param("media_type", format == null ? null : MEDIA_TYPES.get(format))
        .because(draft.phrases.say("rationale.store", "word", step.word(), "key", key), sure);
  }

  /** The stored file's name, or the id of the step whose output is stored. */
  private static String defaultKey(Step step, Output data) {
    return step.slots().sources().paths().stream()
        .filter(PathMention::file)
        .map(p -> p.path().substring(p.path().lastIndexOf('/') + 1))
        .findFirst()
        .orElse(data.taskId() + (data.isListLike() ? ".json" : ".txt"));
  }
}
