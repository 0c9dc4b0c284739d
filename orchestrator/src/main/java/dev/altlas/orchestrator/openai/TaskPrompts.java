package dev.altlas.orchestrator.openai;

import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.Scored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prompts and answer schemas that turn the summarise, classify, rank, extract and translate
 * capabilities into structured-output requests, and the answers back into results. Schemas follow
 * the rules of strict mode: every property required, no additional properties.
 */
final class TaskPrompts {
  /** Long items are cut so that a ranking of many files stays within a context window. */
  private static final int MAX_ITEM_CHARS = 2_000;

  private TaskPrompts() {}

  static GenerateRequest summarize(String text, int maxSentences, String language) {
    String in =
        language == null || language.isBlank()
            ? "in the language of the text"
            : "in " + languageName(language);
    return request(
        "You summarise texts faithfully. Write at most "
            + maxSentences
            + (maxSentences == 1 ? " sentence " : " sentences ")
            + in
            + ". Use only what the text says.",
        text,
        object(Map.of("summary", Map.of("type", "string"))));
  }

  static String summary(Object answer) {
    return (String) map(answer).get("summary");
  }

  static GenerateRequest classify(String text, List<String> labels) {
    Map<String, Object> entry =
        object(Map.of("label", Map.of("type", "string", "enum", labels), "score", number()));
    return request(
        "You classify texts. Give every label the probability, between 0 and 1, that it fits the"
            + " text; the probabilities add up to 1.",
        "Labels: " + String.join(", ", labels) + "\n\nText:\n" + text,
        object(Map.of("scores", Map.of("type", "array", "items", entry))));
  }

  /** Labels the model left out score 0; scores are normalised to add up to 1. */
  static List<Scored> labelScores(Object answer, List<String> labels) {
    var byLabel = new HashMap<String, Double>();
    for (Object item : list(map(answer).get("scores"))) {
      Map<?, ?> entry = map(item);
      byLabel.merge(
          (String) entry.get("label"),
          clamp(((Number) entry.get("score")).doubleValue()),
          Math::max);
    }
    double sum = byLabel.values().stream().mapToDouble(Double::doubleValue).sum();
    var scores = new ArrayList<Scored>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      double score = byLabel.getOrDefault(labels.get(i), 0.0);
      scores.add(new Scored(i, labels.get(i), sum > 0 ? score / sum : 0));
    }
    return bestFirst(scores);
  }

  static GenerateRequest rank(List<String> texts, String query) {
    var items = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      items
          .append('[')
          .append(i)
          .append("] ")
          .append(t.length() > MAX_ITEM_CHARS ? t.substring(0, MAX_ITEM_CHARS) + "…" : t)
          .append('\n');
    }
    Map<String, Object> entry =
        object(
            Map.of(
                "index", Map.of("type", "integer", "minimum", 0, "maximum", texts.size() - 1),
                "score", number()));
    return request(
        "You rank items by how well each matches a criterion. Score every numbered item from 0"
            + " (does not match) to 1 (matches perfectly).",
        "Criterion: " + query + "\n\nItems:\n" + items,
        object(Map.of("scores", Map.of("type", "array", "items", entry))));
  }

  /** Items the model left out score 0. */
  static List<Scored> itemScores(Object answer, int count) {
    var byIndex = new HashMap<Integer, Double>();
    for (Object item : list(map(answer).get("scores"))) {
      Map<?, ?> entry = map(item);
      byIndex.merge(
          ((Number) entry.get("index")).intValue(),
          clamp(((Number) entry.get("score")).doubleValue()),
          Math::max);
    }
    var scores = new ArrayList<Scored>(count);
    for (int i = 0; i < count; i++) {
      scores.add(new Scored(i, null, byIndex.getOrDefault(i, 0.0)));
    }
    return bestFirst(scores);
  }

  static GenerateRequest extract(String text, List<String> fields) {
    var properties = new LinkedHashMap<String, Object>();
    for (String field : fields) {
      properties.put(field, Map.of("type", "array", "items", Map.of("type", "string")));
    }
    return request(
        "You extract information from texts. For each requested field list every value the text"
            + " contains, exactly as written; an empty list when there is none. Never invent a"
            + " value.",
        "Fields: " + String.join(", ", fields) + "\n\nText:\n" + text,
        object(Map.of("fields", object(properties))));
  }

  static Map<String, List<String>> extracted(Object answer, List<String> fields) {
    Map<?, ?> found = map(map(answer).get("fields"));
    var values = new LinkedHashMap<String, List<String>>();
    for (String field : fields) {
      values.put(field, list(found.get(field)).stream().map(String::valueOf).toList());
    }
    return values;
  }

  static GenerateRequest translate(String text, String sourceLanguage, String targetLanguage) {
    String from =
        sourceLanguage == null || sourceLanguage.isBlank()
            ? ""
            : " from " + languageName(sourceLanguage);
    return request(
        "You translate texts"
            + from
            + " into "
            + languageName(targetLanguage)
            + ". Keep the meaning, tone and formatting. Answer with the translation only.",
        text,
        object(Map.of("text", Map.of("type", "string"))));
  }

  static String translation(Object answer) {
    return (String) map(answer).get("text");
  }

  /** {@code tr} → Turkish; a code the JDK does not know is passed on as written. */
  static String languageName(String code) {
    String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(code.strip()) ? code.strip() : name;
  }

  private static GenerateRequest request(String system, String prompt, Map<String, Object> schema) {
    // Temperature 0: these are judgements, not creative writing.
    return new GenerateRequest(prompt, system, schema, null, 0.0);
  }

  private static Map<String, Object> object(Map<String, Object> properties) {
    var schema = new LinkedHashMap<String, Object>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", List.copyOf(properties.keySet()));
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map<String, Object> number() {
    return Map.of("type", "number");
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static List<Scored> bestFirst(List<Scored> scores) {
    return scores.stream()
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::index))
        .toList();
  }
}
