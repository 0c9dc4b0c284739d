package dev.altlas.legacy;

import dev.altlas.format.Syntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A node of a parsed legacy document with its path, so that every type error names the field.
 *
 * <p>The accessors are lenient where the prototypes were inconsistent (a number where a text was
 * meant, {@code "30"} for a count) and strict where a value cannot mean what the field says (a list
 * where a text belongs).
 *
 * @param path e.g. {@code segments[2].parameters}; empty for the document itself
 */
record LegacyNode(JsonNode node, String path) {

  // Duplicate keys make a legacy file ambiguous, so they are refused rather than last-one-wins.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Parses YAML or JSON (JSON when the text starts with a brace) into a top-level mapping.
   *
   * @throws LegacyFormatException when the text is not YAML or JSON or not a mapping
   */
  static LegacyNode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new LegacyFormatException("", "the document is empty");
    }
    Syntax syntax = Syntax.detect(text);
    JsonNode tree;
    try {
      tree = (syntax == Syntax.JSON ? JSON : YAML).readTree(text);
    } catch (JacksonException e) {
      throw new LegacyFormatException("", "not valid " + syntax + where(e) + ": " + firstLine(e));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new LegacyFormatException("", "the document is empty");
    }
    if (!tree.isObject()) {
      throw new LegacyFormatException(
          "",
          "expected a mapping of fields (a legacy plan) at the top level, found " + describe(tree));
    }
    return new LegacyNode(tree, "");
  }

  private static String where(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null || at.getLineNr() <= 0
        ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String firstLine(JacksonException e) {
    String message = e.getOriginalMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  boolean has(String name) {
    return node.isObject() && node.has(name);
  }

  List<String> fieldNames() {
    return node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The field's node; empty when it is absent or null. */
  Optional<LegacyNode> field(String name) {
    JsonNode child = node.get(name);
    return child == null || child.isNull()
        ? Optional.empty()
        : Optional.of(new LegacyNode(child, pathOf(name)));
  }

  /** A text field; numbers and booleans are taken as their text, since ids were often numbers. */
  Optional<String> text(String name) {
    return field(name).map(LegacyNode::asText);
  }

  String asText() {
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asString();
    }
    throw wrongType("a text");
  }

  /** A whole-number field; a text of digits is accepted, since some prototypes quoted numbers. */
  Optional<Long> integer(String name) {
    return field(name).map(LegacyNode::asInteger);
  }

  private long asInteger() {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber() && !node.isIntegralNumber()) {
      double d = node.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return (long) d;
      }
    }
    if (node.isString() && node.stringValue().trim().matches("-?[0-9]{1,15}")) {
      return Long.parseLong(node.stringValue().trim());
    }
    throw wrongType("a whole number");
  }

  /** A list field's elements; empty when the field is absent or null. */
  List<LegacyNode> list(String name) {
    Optional<LegacyNode> field = field(name);
    if (field.isEmpty()) {
      return List.of();
    }
    JsonNode array = field.get().node();
    if (!array.isArray()) {
      throw field.get().wrongType("a list");
    }
    return elements(field.get());
  }

  /** The elements when the field is a list, otherwise nothing; for guessing the shape only. */
  List<LegacyNode> rawList(String name) {
    return field(name).filter(f -> f.node().isArray()).map(LegacyNode::elements).orElse(List.of());
  }

  private static List<LegacyNode> elements(LegacyNode array) {
    var elements = new ArrayList<LegacyNode>(array.node().size());
    int i = 0;
    for (JsonNode e : array.node()) {
      elements.add(new LegacyNode(e, array.path() + "[" + i++ + "]"));
    }
    return elements;
  }

  /** A mapping field; empty when it is absent or null. */
  Optional<LegacyNode> mapping(String name) {
    Optional<LegacyNode> field = field(name);
    field.ifPresent(f -> f.requireMapping());
    return field;
  }

  /** This node, which must be a mapping. */
  LegacyNode requireMapping() {
    if (!node.isObject()) {
      throw wrongType("a mapping of fields");
    }
    return this;
  }

  /** The node as plain Java values: maps, lists, strings, longs, doubles, booleans, nulls. */
  Object value() {
    return value(node);
  }

  /** A mapping's fields as plain Java values, in their written order. */
  Map<String, Object> asMap() {
    requireMapping();
    var map = new LinkedHashMap<String, Object>();
    node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
    return map;
  }

  private static Object value(JsonNode n) {
    if (n.isObject()) {
      var map = new LinkedHashMap<String, Object>();
      n.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
      return map;
    }
    if (n.isArray()) {
      var list = new ArrayList<Object>(n.size());
      n.forEach(e -> list.add(value(e)));
      return list;
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : (Object) n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isString()) {
      return n.stringValue();
    }
    // Null, and the binary or embedded values YAML can hold, which no plan parameter takes.
    return n.isNull() ? null : n.asString();
  }

  LegacyFormatException wrongType(String expected) {
    return new LegacyFormatException(path, "expected " + expected + ", found " + describe(node));
  }

  static String describe(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isNumber()) {
      return "a number (" + n.asString() + ")";
    }
    if (n.isBoolean()) {
      return "a boolean (" + n.asString() + ")";
    }
    if (n.isString()) {
      String s = n.stringValue();
      return "a text ('" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "')";
    }
    return n.isNull() ? "null" : "a value of another kind";
  }
}
