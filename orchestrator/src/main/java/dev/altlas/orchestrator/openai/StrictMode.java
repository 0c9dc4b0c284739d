package dev.altlas.orchestrator.openai;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a JSON Schema fits the subset that OpenAI's strict structured output accepts: every
 * object lists its properties, requires all of them and allows no others, and no keyword outside
 * the subset is used. Strict mode is asked for only then; other schemas are still sent, and the
 * answer is still validated here, so nothing is lost but the provider's own guarantee.
 */
final class StrictMode {
  private static final Set<String> OUTSIDE_SUBSET =
      Set.of(
          "propertyNames",
          "patternProperties",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "not",
          "if",
          "then",
          "else",
          "dependentRequired",
          "dependentSchemas",
          "unevaluatedProperties",
          "contains");

  private StrictMode() {}

  static boolean fits(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return true;
    }
    for (String key : schema.propertyNames()) {
      if (OUTSIDE_SUBSET.contains(key)) {
        return false;
      }
    }
    boolean isObject =
        schema.has("properties") || "object".equals(schema.path("type").asString(""));
    if (isObject && !closedAndAllRequired(schema)) {
      return false;
    }
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      if (!fits(p.getValue())) {
        return false;
      }
    }
    for (String nested : new String[] {"items", "$defs", "definitions", "anyOf"}) {
      JsonNode n = schema.get(nested);
      if (n == null) {
        continue;
      }
      if (nested.equals("items") ? !fits(n) : !allFit(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allFit(JsonNode container) {
    if (container.isArray()) {
      for (JsonNode n : container) {
        if (!fits(n)) {
          return false;
        }
      }
      return true;
    }
    for (Map.Entry<String, JsonNode> e : container.properties()) {
      if (!fits(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean closedAndAllRequired(JsonNode schema) {
    JsonNode additional = schema.get("additionalProperties");
    if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
      return false;
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    return schema.has("properties")
        && required.containsAll(schema.get("properties").propertyNames());
  }
}
