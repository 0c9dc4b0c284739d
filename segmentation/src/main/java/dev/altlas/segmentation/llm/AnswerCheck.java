package dev.altlas.segmentation.llm;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Problem;
import dev.altlas.format.StoredForm;
import dev.altlas.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges a model's answer the way a hand-written plan is judged: the answer's tasks and inputs are
 * put under our header and the whole plan is read by the strict reader (schema, catalog, graph,
 * references). Fields the answer may not set (the header, chaos faults) are refused before that,
 * since the plan schema would accept them.
 */
final class AnswerCheck {
  private static final Set<String> ANSWER_FIELDS = Set.of("tasks", "inputs");

  /** Enough to correct an answer; more would crowd the prompt. */
  private static final int MAX_PROBLEMS = 20;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final DocumentReader reader;

  AnswerCheck(TaskCatalog catalog) {
    this.reader = new DocumentReader(catalog);
  }

  /**
   * @param answer the model's value: parsed JSON (maps, lists, …) or JSON text
   * @param header the plan without tasks and inputs
   */
  AnswerVerdict check(Object answer, Plan header) {
    JsonNode tree;
    try {
      tree = answer instanceof String text ? JSON.readTree(text) : JSON.valueToTree(answer);
    } catch (JacksonException e) {
      return new AnswerVerdict.Rejected(
          String.valueOf(answer),
          List.of(
              "(answer): not valid JSON: "
                  + e.getOriginalMessage().lines().findFirst().orElse("")));
    }
    String text = JSON.writeValueAsString(tree);
    if (tree == null || !tree.isObject()) {
      return new AnswerVerdict.Rejected(
          text, List.of("(answer): expected a JSON object with a tasks array"));
    }
    List<String> problems = forbiddenFields(tree);
    if (!problems.isEmpty()) {
      return new AnswerVerdict.Rejected(text, problems);
    }
    var plan = (ObjectNode) JSON.readTree(StoredForm.toJson(header));
    tree.properties().forEach(field -> plan.set(field.getKey(), field.getValue()));
    try {
      return new AnswerVerdict.Accepted(reader.readPlan(JSON.writeValueAsString(plan)));
    } catch (InvalidDocumentException e) {
      return new AnswerVerdict.Rejected(
          text, e.problems().stream().limit(MAX_PROBLEMS).map(AnswerCheck::describe).toList());
    }
  }

  private static List<String> forbiddenFields(JsonNode answer) {
    var problems = new ArrayList<String>();
    for (String name : answer.propertyNames()) {
      if (!ANSWER_FIELDS.contains(name)) {
        problems.add(
            name
                + ": unknown field; the answer has only tasks and inputs, ALT_LAS writes the rest");
      }
    }
    JsonNode tasks = answer.path("tasks");
    for (int i = 0; tasks.isArray() && i < tasks.size(); i++) {
      if (tasks.get(i).has("chaos")) {
        problems.add(
            "tasks[" + i + "].chaos: chaos faults are added by ALT_LAS, not by the planner");
      }
    }
    return problems;
  }

  /** Path and message only: line numbers would point into a text the model never saw. */
  private static String describe(Problem problem) {
    return (problem.path().isEmpty() ? "(answer)" : problem.path()) + ": " + problem.message();
  }
}
