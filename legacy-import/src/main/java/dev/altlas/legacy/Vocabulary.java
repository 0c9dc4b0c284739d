package dev.altlas.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The prototypes' words and what they mean in the catalog, from {@code vocabulary.yaml}; the file
 * explains each table. Keys are folded (see {@link Folding}) so lookups ignore spelling.
 */
record Vocabulary(
    Map<String, List<String>> taskTypes,
    Map<String, String> unmappableTaskTypes,
    Map<String, String> operations,
    Map<String, String> unmappableOperations,
    Map<String, List<String>> keywords,
    Map<String, Map<String, List<String>>> aliases,
    Map<String, List<String>> triggers,
    Map<String, String> textOutputs,
    Map<String, String> upstreamInputs,
    Map<String, String> ownTextInputs,
    Map<String, String> modes,
    Map<String, String> personas,
    Map<String, String> priorities,
    Map<String, String> languages) {

  private static final Vocabulary BUILTIN = load("vocabulary.yaml");

  static Vocabulary builtin() {
    return BUILTIN;
  }

  /** The catalog types a legacy task type stands for; empty when the name is unknown. */
  List<String> typesOfTaskType(String taskType) {
    return taskTypes.getOrDefault(Folding.key(taskType), List.of());
  }

  Optional<String> whyUnmappable(String taskType) {
    return Optional.ofNullable(unmappableTaskTypes.get(Folding.key(taskType)));
  }

  /** The catalog types whose keywords occur in a text. */
  Set<String> typesSuggestedBy(String text) {
    var types = new LinkedHashSet<String>();
    List<String> words = Folding.words(text);
    keywords.forEach(
        (type, patterns) -> {
          for (String pattern : patterns) {
            boolean prefix = pattern.endsWith("*");
            String stem = prefix ? pattern.substring(0, pattern.length() - 1) : pattern;
            if (words.stream().anyMatch(w -> prefix ? w.startsWith(stem) : w.equals(stem))) {
              types.add(type);
              break;
            }
          }
        });
    return types;
  }

  /** Legacy names for a catalog parameter, the catalog's own name first. */
  List<String> namesFor(String type, String param) {
    var names = new ArrayList<String>();
    names.add(param);
    names.addAll(aliases.getOrDefault(type, Map.of()).getOrDefault(param, List.of()));
    return names;
  }

  private static Vocabulary load(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("legacy vocabulary resource " + resource + " is missing");
      }
      JsonNode root = YAMLMapper.builder().build().readTree(in);
      var aliases = new LinkedHashMap<String, Map<String, List<String>>>();
      root.path("aliases")
          .properties()
          .forEach(
              type ->
                  aliases.put(
                      type.getKey(), Map.copyOf(lists(type.getValue(), Folding::key, false))));
      return new Vocabulary(
          lists(root.path("task_types"), UnaryOperator.identity(), true),
          texts(root.path("unmappable_task_types"), true),
          texts(root.path("operations"), true),
          texts(root.path("unmappable_operations"), true),
          lists(root.path("keywords"), Folding::text, false),
          Map.copyOf(aliases),
          lists(root.path("triggers"), Folding::key, false),
          texts(root.path("text_outputs"), false),
          texts(root.path("upstream_inputs"), false),
          texts(root.path("own_text_inputs"), false),
          texts(root.path("modes"), true),
          texts(root.path("personas"), true),
          texts(root.path("priorities"), true),
          texts(root.path("languages"), true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param foldKeys whether the table is looked up by a legacy word (folded) rather than a catalog
   *     type
   */
  private static Map<String, List<String>> lists(
      JsonNode table, UnaryOperator<String> item, boolean foldKeys) {
    var map = new LinkedHashMap<String, List<String>>();
    table
        .properties()
        .forEach(
            e -> {
              var values = new ArrayList<String>();
              e.getValue().forEach(v -> values.add(item.apply(v.asString())));
              map.put(foldKeys ? Folding.key(e.getKey()) : e.getKey(), List.copyOf(values));
            });
    return java.util.Collections.unmodifiableMap(map);
  }

  private static Map<String, String> texts(JsonNode table, boolean foldKeys) {
    var map = new LinkedHashMap<String, String>();
    table
        .properties()
        .forEach(
            e -> map.put(foldKeys ? Folding.key(e.getKey()) : e.getKey(), e.getValue().asString()));
    return java.util.Collections.unmodifiableMap(map);
  }
}
