package dev.altlas.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a catalog definition file from the classpath. */
final class CatalogFile {
  private CatalogFile() {}

  static TaskCatalog load(String resource) {
    try (InputStream in = CatalogFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource " + resource + " is missing");
      }
      JsonNode root = YAMLMapper.builder().build().readTree(in);
      var types = new ArrayList<TaskType>();
      for (JsonNode t : root) {
        types.add(taskType(t));
      }
      return new TaskCatalog(types);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.Set<String> TYPE_KEYS =
      java.util.Set.of("type", "category", "description", "side_effect", "output", "params");
  private static final java.util.Set<String> PARAM_KEYS =
      java.util.Set.of("type", "required", "description", "default", "allowed", "min");

  /** A typo or an unquoted comma in the file must fail loudly, not drop text silently. */
  private static void onlyKnownKeys(JsonNode node, java.util.Set<String> known, String where) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        throw new IllegalStateException(
            "catalog "
                + where
                + " has an unknown key '"
                + key
                + "' (quote text containing commas)");
      }
    }
  }

  private static TaskType taskType(JsonNode t) {
    onlyKnownKeys(t, TYPE_KEYS, "entry " + t.path("type").asString("?"));
    var params = new ArrayList<ParamSpec>();
    for (Map.Entry<String, JsonNode> p : t.path("params").properties()) {
      params.add(param(p.getKey(), p.getValue()));
    }
    return new TaskType(
        t.required("type").asString(),
        t.required("category").asString(),
        t.required("description").asString(),
        t.path("side_effect").asBoolean(false),
        t.path("output").asString(""),
        params);
  }

  private static ParamSpec param(String name, JsonNode p) {
    onlyKnownKeys(p, PARAM_KEYS, "parameter " + name);
    var allowed = new ArrayList<String>();
    p.path("allowed").forEach(v -> allowed.add(v.asString()));
    JsonNode def = p.get("default");
    return new ParamSpec(
        name,
        ParamType.valueOf(p.required("type").asString().toUpperCase(Locale.ROOT)),
        p.path("required").asBoolean(false),
        p.path("description").asString(""),
        def == null ? null : defaultValue(def),
        List.copyOf(allowed),
        p.has("min") ? p.get("min").asLong() : null);
  }

  private static Object defaultValue(JsonNode def) {
    if (def.isBoolean()) {
      return def.asBoolean();
    }
    if (def.isIntegralNumber()) {
      return def.asLong();
    }
    if (def.isNumber()) {
      return def.asDouble();
    }
    return def.asString();
  }
}
