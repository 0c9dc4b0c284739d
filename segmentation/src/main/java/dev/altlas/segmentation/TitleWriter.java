package dev.altlas.segmentation;

import dev.altlas.model.Persona;
import dev.altlas.plan.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Task titles in the plan's language and the persona's manner: the technical expert names the task
 * type, the creative writer uses vivid wording, the researcher cites the source, the project
 * manager numbers the steps, the data analyst puts numbers first, the educator says what each step
 * is for.
 */
final class TitleWriter {
  private static final int MAX_TITLE = 200;
  private static final int MAX_VALUE = 60;

  private final Persona persona;
  private final Phrases phrases;
  private final Lexicon lexicon;

  TitleWriter(Persona persona, Language language) {
    this.persona = persona;
    this.phrases = Phrases.of(language);
    this.lexicon = Lexicon.of(language);
  }

  /**
   * @param step the task's place in the plan, from 1
   */
  String title(TaskDraft task, int step) {
    Map<String, String> values = values(task);
    String plain = template(task, "plain").map(t -> Phrases.fill(t, values)).orElse(task.type());
    String title =
        switch (persona) {
          case TECHNICAL_EXPERT -> plain + " (" + task.type() + ")";
          case CREATIVE_WRITER ->
              template(task, "vivid").map(t -> Phrases.fill(t, values)).orElse(plain);
          case RESEARCHER ->
              source(values)
                  .map(s -> phrases.say("titles.cite", "title", plain, "source", s))
                  .orElse(plain);
          case PROJECT_MANAGER -> phrases.say("titles.numbered", "n", step, "title", plain);
          case DATA_ANALYST ->
              number(values)
                  .map(n -> phrases.say("titles.number_first", "number", n, "title", plain))
                  .orElse(plain);
          case EDUCATOR ->
              phrases
                  .text("titles", task.type(), "purpose")
                  .map(p -> phrases.say("titles.explained", "title", plain, "purpose", p))
                  .orElse(plain);
        };
    if (task.variant() != null) {
      title = phrases.say("titles.variant", "title", title, "variant", task.variant());
    }
    title = capitalized(title);
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
  }

  private Optional<String> template(TaskDraft task, String kind) {
    if (task.forEach() != null && kind.equals("plain")) {
      Optional<String> each = phrases.text("titles", task.type(), "each");
      if (each.isPresent()) {
        return each;
      }
    }
    return phrases.text("titles", task.type(), kind);
  }

  /** The literal parameter values, as a title shows them; references are left out. */
  private Map<String, String> values(TaskDraft task) {
    var values = new HashMap<String, String>();
    display(task.sourceText()).ifPresent(v -> values.put("source_text", v));
    task.params().forEach((name, value) -> display(value).ifPresent(v -> values.put(name, v)));
    values.computeIfPresent("target_language", (k, code) -> languageName(code));
    values.computeIfPresent("language", (k, code) -> languageName(code));
    values.computeIfPresent("by", (k, by) -> phrases.text("fields", by).orElse(by));
    values.computeIfPresent("order", (k, o) -> phrases.text("orders", o).orElse(o));
    values.computeIfPresent("op", (k, op) -> phrases.text("ops", op).orElse(op));
    if ("size".equals(task.param("field")) && task.param("value") instanceof Number n) {
      values.put("value", Bytes.readable(n.longValue()));
    }
    return values;
  }

  private static Optional<String> display(Object value) {
    if (value instanceof String s) {
      if (!Reference.findAll(s).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…");
    }
    if (value instanceof List<?> list) {
      List<String> shown = list.stream().map(v -> display(v).orElse(null)).toList();
      return shown.contains(null) ? Optional.empty() : Optional.of(String.join(", ", shown));
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(String.valueOf(value));
    }
    return Optional.empty();
  }

  private String languageName(String code) {
    return lexicon.languages.stream()
        .filter(m -> m.value().equals(code))
        .map(m -> m.phrases().get(0).text())
        .findFirst()
        .map(this::capitalized)
        .orElse(code);
  }

  /** "boyut alanına göre sırala" → "Boyut alanına göre sırala"; "./docs …" stays as it is. */
  private String capitalized(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return word;
    }
    String first = word.substring(0, 1);
    return (lexicon.language == Language.TURKISH
            ? first.toUpperCase(Locale.forLanguageTag("tr"))
            : first.toUpperCase(Locale.ROOT))
        + word.substring(1);
  }

  private static Optional<String> source(Map<String, String> values) {
    for (String name : List.of("url", "path", "key")) {
      if (values.containsKey(name)) {
        return Optional.of(values.get(name));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> number(Map<String, String> values) {
    for (String name : List.of("count", "limit", "max_sentences")) {
      if (values.containsKey(name)) {
        return Optional.of(values.get(name));
      }
    }
    return Optional.empty();
  }
}
