package dev.altlas.orchestrator.openai;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.altlas.ai.ModelException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema that a structured answer must satisfy. The endpoint is asked to follow it, but
 * smaller models and some servers do not always do so; the answer is checked here before it is
 * used.
 */
final class AnswerSchema {
  /** Plans supply schemas: a {@code $ref} must never make this process fetch a URL. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));

  /** The 2020-12 meta-schema, bundled with the validator: it rejects a schema that is no schema. */
  private static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

  private static final int MAX_ERRORS_SHOWN = 3;

  private final Schema schema;

  private AnswerSchema(Schema schema) {
    this.schema = schema;
  }

  /** Compiles the schema before anything is sent, so that a broken one costs no tokens. */
  static AnswerSchema of(Map<String, Object> schema) throws ModelException {
    JsonNode node = ChatWire.JSON.valueToTree(schema);
    List<Error> problems = META_SCHEMA.validate(node);
    if (!problems.isEmpty()) {
      throw new ModelException(
          "ai.bad_request", "the schema is not a valid JSON Schema: " + messages(problems), false);
    }
    try {
      Schema compiled = REGISTRY.getSchema(node);
      compiled.initializeValidators();
      return new AnswerSchema(compiled);
    } catch (RuntimeException e) {
      throw new ModelException(
          "ai.bad_request", "the schema is not a usable JSON Schema: " + e.getMessage(), false);
    }
  }

  /**
   * Parses the answer and checks it against the schema.
   *
   * @return the answer as maps, lists, strings, numbers and booleans
   */
  Object check(String answer, String provider) throws ModelException {
    if (answer == null || answer.isBlank()) {
      throw ChatWire.badResponse(provider, "gave an empty structured answer");
    }
    JsonNode node = ChatWire.parse(stripFence(answer), provider);
    List<Error> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      throw ChatWire.badResponse(
          provider, "gave an answer that does not satisfy the schema: " + messages(errors));
    }
    return ChatWire.JSON.treeToValue(node, Object.class);
  }

  private static String messages(List<Error> errors) {
    return errors.stream()
        .limit(MAX_ERRORS_SHOWN)
        .map(Error::getMessage)
        .collect(Collectors.joining("; "));
  }

  /** Some local models wrap JSON in a Markdown code fence even when asked for JSON. */
  private static String stripFence(String answer) {
    String a = answer.strip();
    if (a.startsWith("```") && a.endsWith("```") && a.length() > 6) {
      a = a.substring(3, a.length() - 3);
      int newline = a.indexOf('\n');
      if (newline >= 0 && a.substring(0, newline).strip().matches("[A-Za-z]*")) {
        a = a.substring(newline + 1);
      }
    }
    return a.strip();
  }
}
