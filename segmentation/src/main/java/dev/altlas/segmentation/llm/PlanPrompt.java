package dev.altlas.segmentation.llm;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.plan.PlanRequest;
import java.util.List;
import java.util.Locale;

/**
 * The prompt of a planning call: the request, the rules of a valid answer, the catalog, examples
 * and, on the second call, what was wrong with the first answer.
 */
final class PlanPrompt {
  /** A refused answer is shown back only in part: the problems say where it went wrong. */
  private static final int MAX_ANSWER_SHOWN = 6000;

  private static final String RULES =
      """
      Answer with a JSON object {"tasks": [...], "inputs": {...}} that satisfies the given schema.
      ALT_LAS writes the plan's header (id, created_at, language, mode, persona, seed, priority);
      you write only the tasks and, when a value must come from whoever runs the plan, the inputs.

      Rules:
      - Use only the task types below, with their parameter names and allowed values; give every
        required parameter. A step no type fits becomes a task of type "unsupported" with params
        text (the words of the step) and reason (why no type fits).
      - Task ids: a lower-case letter, then lower-case letters, digits or underscores; unique.
      - depends_on lists the tasks that must finish first; no cycles, no task depends on itself.
      - References in parameter strings:
        ${tasks.ID.output} or ${tasks.ID.output.path}: the output of task ID, shaped as the
          catalog's Output says; ID must be upstream (in depends_on, directly or through others).
        ${item} or ${item.field}: the current element, only in a task with for_each.
        ${inputs.NAME}: a value declared under inputs.
        A string that is exactly one reference takes the referenced value with its JSON type.
      - for_each is exactly one reference to a list, e.g. ${tasks.list.output.files}; the task
        runs once per item, and its output is the list of the per-item outputs.
      - Tasks marked [side effect] change something outside the run: plan them only when the
        command asks for it.
      - metadata: confidence (0..1), a short rationale and source_text (the command's words the
        task comes from).
      """;

  private final String catalog;
  private final String examples;

  PlanPrompt(TaskCatalog catalog, List<PlanExample> examples) {
    this.catalog = CatalogText.of(catalog);
    var text = new StringBuilder();
    for (PlanExample e : examples) {
      text.append("Command (")
          .append(e.language())
          .append("): ")
          .append(e.command())
          .append("\nAnswer: ")
          .append(e.answer())
          .append("\n\n");
    }
    this.examples = text.toString();
  }

  /** The first call's prompt. */
  String text(PlanRequest request, String language) {
    return request(request, language)
        + RULES
        + "\nTask catalog:\n"
        + catalog
        + "\nExamples:\n"
        + examples
        + "Now answer for the command above.";
  }

  /** The second call's prompt: the first one and what was wrong with the answer to it. */
  String text(PlanRequest request, String language, Correction correction) {
    var text = new StringBuilder(text(request, language));
    if (correction.answer() != null) {
      text.append("\n\nYour previous answer was:\n").append(shortened(correction.answer()));
    }
    text.append("\n\nIt was refused for these problems:\n");
    correction.problems().forEach(p -> text.append("- ").append(p).append('\n'));
    return text.append("Answer again with the whole corrected plan.").toString();
  }

  private static String request(PlanRequest request, String language) {
    var text = new StringBuilder("Plan this command for ALT_LAS.\n\n");
    text.append("Command: ").append(request.command()).append('\n');
    text.append("Language: ")
        .append(language)
        .append(" (write titles and rationales in this language)\n");
    text.append("Mode: ").append(wire(request.mode())).append(" — ").append(mode(request));
    text.append("\nPersona: ").append(wire(request.persona())).append("\n\n");
    return text.toString();
  }

  private static String mode(PlanRequest request) {
    return switch (request.mode()) {
      case NORMAL -> "plan exactly what the command asks, nothing more.";
      case EXPLORE ->
          "plan the main line, then one alternative branch beside it (e.g. another sort key or"
              + " ranking criterion), its tasks with metadata.variant \"alternative-1\" and"
              + " without side effects.";
      case DREAM ->
          "plan the main line, then a creative variant of each generative (ai.generate) step"
              + " with a higher temperature, its tasks with metadata.variant \"dream-1\".";
      case CHAOS ->
          "at chaos level "
              + request.chaosLevel()
              + " of 10; plan as in normal mode, ALT_LAS injects the seeded faults itself.";
    };
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String shortened(String answer) {
    return answer.length() <= MAX_ANSWER_SHOWN
        ? answer
        : answer.substring(0, MAX_ANSWER_SHOWN) + " … (cut)";
  }
}
