package dev.altlas.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The texts the planner writes into plans, in the plan's language, read from {@code
 * phrases-<code>.yaml}: titles, rationales, warnings, persona voices.
 *
 * <p>Templates name their values in braces, {@code "List {glob} files in {path}"}; a part in square
 * brackets is left out when a value inside it is missing: {@code "List files[ matching {glob}]"}.
 */
final class Phrases {
  private static final Map<Language, Phrases> LOADED = new EnumMap<>(Language.class);
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern VALUE = Pattern.compile("\\{([a-z_]+)}");

  private final JsonNode root;

  private Phrases(JsonNode root) {
    this.root = root;
  }

  static synchronized Phrases of(Language language) {
    return LOADED.computeIfAbsent(language, Phrases::load);
  }

  private static Phrases load(Language language) {
    String resource = "phrases-" + language.code() + ".yaml";
    try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("phrases resource " + resource + " is missing");
      }
      return new Phrases(YAMLMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The phrase at a dotted key, filled with values.
   *
   * @param values name, value, name, value, …
   */
  String say(String key, Object... values) {
    JsonNode node = at(key);
    if (!node.isString()) {
      throw new IllegalStateException("no phrase '" + key + "'");
    }
    return fill(node.asString(), named(values));
  }

  /** The raw text at a path of keys; keys may themselves contain dots (task types). */
  Optional<String> text(String... path) {
    JsonNode node = root;
    for (String key : path) {
      node = node.path(key);
    }
    return node.isString() ? Optional.of(node.asString()) : Optional.empty();
  }

  List<String> list(String key) {
    var values = new ArrayList<String>();
    at(key).forEach(n -> values.add(n.asString()));
    return values;
  }

  private JsonNode at(String dottedKey) {
    JsonNode node = root;
    int from = 0;
    while (from <= dottedKey.length()) {
      int dot = dottedKey.indexOf('.', from);
      int end = dot < 0 ? dottedKey.length() : dot;
      node = node.path(dottedKey.substring(from, end));
      from = end + 1;
    }
    return node;
  }

  static String fill(String template, Map<String, String> values) {
    Matcher optional = OPTIONAL.matcher(template);
    var sb = new StringBuilder();
    while (optional.find()) {
      String part = optional.group(1);
      boolean complete =
          VALUE.matcher(part).results().allMatch(r -> values.get(r.group(1)) != null);
      optional.appendReplacement(sb, Matcher.quoteReplacement(complete ? part : ""));
    }
    optional.appendTail(sb);
    Matcher value = VALUE.matcher(sb.toString());
    var filled = new StringBuilder();
    while (value.find()) {
      String v = values.get(value.group(1));
      value.appendReplacement(filled, Matcher.quoteReplacement(v == null ? "" : v));
    }
    value.appendTail(filled);
    return filled.toString().replaceAll(" {2,}", " ").trim();
  }

  private static Map<String, String> named(Object... values) {
    if (values.length % 2 != 0) {
      throw new IllegalArgumentException("values come in name, value pairs");
    }
    var map = new HashMap<String, String>();
    for (int i = 0; i < values.length; i += 2) {
      if (values[i + 1] != null) {
        map.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
      }
    }
    return map;
  }
}
