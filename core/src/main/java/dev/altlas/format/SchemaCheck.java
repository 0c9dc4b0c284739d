package dev.altlas.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/** Validates a document tree against the published JSON Schema of its kind. */
final class SchemaCheck {
  private static final Map<DocumentKind, Schema> SCHEMAS = load();
  private static final String DURATION_PATTERN = "^[0-9]+(ms|s|m|h)$";

  private SchemaCheck() {}

  static List<Problem> check(DocumentKind kind, JsonNode tree) {
    return SCHEMAS.get(kind).validate(tree).stream().map(SchemaCheck::toProblem).toList();
  }

  private static Map<DocumentKind, Schema> load() {
    var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    var schemas = new EnumMap<DocumentKind, Schema>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      try (InputStream in = SchemaCheck.class.getResourceAsStream(kind.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException(
              "schema resource " + kind.schemaResource() + " is missing");
        }
        schemas.put(kind, registry.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemas;
  }

  private static Problem toProblem(Error error) {
    String path = path(error.getInstanceLocation());
    String keyword = error.getKeyword();
    if ("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) {
      return Problem.at(
          join(path, error.getProperty()), "unknown field '" + error.getProperty() + "'");
    }
    if ("required".equals(keyword)) {
      return Problem.at(
          join(path, error.getProperty()), "missing required field '" + error.getProperty() + "'");
    }
    return Problem.at(path, message(error));
  }

  /** Clearer words than the library's for the common cases: show the value and what is allowed. */
  private static String message(Error error) {
    JsonNode value = error.getInstanceNode();
    JsonNode schema = error.getSchemaNode();
    String keyword = String.valueOf(error.getKeyword());
    if (keyword.equals("enum") && schema != null && schema.isArray()) {
      var allowed = new StringJoiner(", ");
      schema.forEach(v -> allowed.add(v.asString()));
      return shown(value) + " is not one of: " + allowed;
    }
    if (keyword.equals("pattern") && schema != null && value != null) {
      if (schema.asString().equals(DURATION_PATTERN)) {
        return shown(value) + " is not a duration; write e.g. 500ms, 30s, 5m or 2h";
      }
      return shown(value) + " does not have the required form " + schema.asString();
    }
    return stripLocation(error.getMessage());
  }

  private static String shown(JsonNode value) {
    return value == null
        ? "the value"
        : value.isString() ? "'" + value.asString() + "'" : value.toString();
  }

  static String path(NodePath location) {
    var sb = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        sb.append('[').append(index).append(']');
      } else {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(element);
      }
    }
    return sb.toString();
  }

  private static String join(String path, String property) {
    return path.isEmpty() ? property : path + "." + property;
  }

  /** The library prefixes messages with the JSON path, which the problem already carries. */
  private static String stripLocation(String message) {
    if (message.startsWith("$")) {
      int colon = message.indexOf(": ");
      if (colon > 0) {
        return message.substring(colon + 2);
      }
    }
    return message;
  }
}
