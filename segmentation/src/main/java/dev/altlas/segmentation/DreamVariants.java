package dev.altlas.segmentation;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Dream mode: creative variants ("dream-1", …) beside generative and summary steps. A generated
 * text gets a freer twin (a higher temperature); a summary gets an imaginative retelling of the
 * same text by ai.generate, since ai.summarize has no temperature.
 */
final class DreamVariants {
  private static final int MAX_VARIANTS = 3;
  private static final double MIN_TEMPERATURE = 1.0;
  private static final double TEMPERATURE_SPREAD = 0.5;

  /** Adds the variants to the draft and returns how many it added. */
  int add(PlanDraft draft, RandomGenerator random) {
    List<TaskDraft> candidates =
        draft.tasks().stream()
            .filter(t -> t.variant() == null)
            .filter(t -> t.type().equals("ai.generate") || t.type().equals("ai.summarize"))
            .limit(MAX_VARIANTS)
            .toList();
    var voice = new PersonaVoice(draft.persona, draft.phrases);
    int k = 0;
    for (TaskDraft from : candidates) {
      k++;
      double temperature =
          Math.round((MIN_TEMPERATURE + random.nextDouble() * TEMPERATURE_SPREAD) * 100) / 100.0;
      String system = voice.system() + " " + draft.phrases.say("prompts.dream_system");
      TaskDraft variant =
          from.type().equals("ai.generate")
              ? draft.addVariant(from, "_dream")
              : retelling(from, draft);
      variant
          .param("system", system)
          .param("temperature", temperature)
          .variant("dream-" + k)
          .because(
              draft.phrases.say("rationale.dream", "task", from.id()), from.confidence() * 0.7);
    }
    return k;
  }

  /** An ai.generate over the summary's own text, once per item if the summary is. */
  private static TaskDraft retelling(TaskDraft summary, PlanDraft draft) {
    TaskDraft task = draft.add("ai.generate", summary.sourceText(), "_dream");
    if (summary.forEach() != null) {
      task.forEach(summary.forEach(), InputResolver.READ_PARALLEL);
    }
    summary.dependsOn().forEach(task::waitFor);
    return task.param(
        "prompt", draft.phrases.say("prompts.dream_retell", "text", summary.param("text")));
  }
}
