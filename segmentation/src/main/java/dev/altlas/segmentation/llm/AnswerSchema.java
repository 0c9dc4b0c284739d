package dev.altlas.segmentation.llm;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.format.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the model's answer: the body of an {@code .alt} plan (its tasks and inputs),
 * cut out of the published plan schema so that the two cannot drift apart. The header is not in it:
 * our code writes the header. Two changes to the published definitions: task types are the
 * catalog's, so that a provider that enforces the schema cannot answer an unknown type; and a task
 * has no {@code chaos}, which only our code adds.
 */
final class AnswerSchema {
  /** Where core's jar carries the published schema, relative to its format package. */
  private static final String PLAN_SCHEMA = "schema/alt.schema.json";

  private static final String DEFS = "$defs";
  private static final String LOCAL_REF = "#/$defs/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AnswerSchema() {}

  static Map<String, Object> of(TaskCatalog catalog) {
    JsonNode plan = planSchema();
    ObjectNode defs = ((ObjectNode) plan.get(DEFS)).deepCopy();
    ((ObjectNode) defs.get("task").get("properties")).remove("chaos");
    defs.set("task_type", taskType(catalog));

    ObjectNode answer = JSON.createObjectNode();
    answer.put("$schema", plan.get("$schema").asString());
    answer.put("title", "altlas_plan_body");
    answer.put(
        "description",
        "The tasks of an ALT_LAS plan and the inputs they refer to; ALT_LAS writes the header.");
    answer.put("type", "object");
    answer.putArray("required").add("tasks");
    ObjectNode properties = answer.putObject("properties");
    properties.set("tasks", plan.get("properties").get("tasks").deepCopy());
    properties.set("inputs", plan.get("properties").get("inputs").deepCopy());
    answer.put("additionalProperties", false);
    answer.set(DEFS, reachable(properties, defs));
    return JSON.convertValue(answer, new TypeReference<Map<String, Object>>() {});
  }

  private static JsonNode planSchema() {
    try (InputStream in = PlanValidator.class.getResourceAsStream(PLAN_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the plan schema " + PLAN_SCHEMA + " is not in core's jar");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode taskType(TaskCatalog catalog) {
    ObjectNode type = JSON.createObjectNode();
    type.put("description", "A task type from the task catalog.");
    type.put("type", "string");
    var names = type.putArray("enum");
    catalog.types().stream().map(TaskType::type).forEach(names::add);
    return type;
  }

  /** Only the definitions the answer uses, so that the model is not shown the header's. */
  private static ObjectNode reachable(JsonNode from, ObjectNode defs) {
    Set<String> used = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(from);
    while (!pending.isEmpty()) {
      for (JsonNode ref : pending.pop().findValues("$ref")) {
        String name = ref.asString().substring(LOCAL_REF.length());
        if (used.add(name)) {
          pending.push(defs.get(name));
        }
      }
    }
    ObjectNode kept = JSON.createObjectNode();
    defs.propertyNames().stream().filter(used::contains).forEach(n -> kept.set(n, defs.get(n)));
    return kept;
  }
}
