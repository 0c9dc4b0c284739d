package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.IMPORTER;
import static dev.altlas.legacy.Imports.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whatever a runner JSON holds, the import either gives a plan that passes the validator (and reads
 * back from its written form) or fails with a {@link LegacyFormatException}, never anything else.
 */
class ImportPropertiesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final List<String> IDS =
      List.of("fetch", "read", "Task A", "task-a", "1", "2. adım", "özet", "", "x".repeat(80));

  @Property(tries = 400)
  void runnerDocumentsImportOrFailWithALegacyFormatException(
      @ForAll("runnerDocuments") String json) {
    // Most documents must convert, and some must map a task, or the property says little.
    Statistics.label("outcome").coverage(c -> c.check("plan").percentage(p -> p > 40.0));
    Statistics.label("mapped").coverage(c -> c.check(true).percentage(p -> p > 20.0));
    Plan plan;
    try {
      plan = IMPORTER.importPlan(json, NOW);
    } catch (LegacyFormatException e) {
      Statistics.label("outcome").collect("refused");
      Statistics.label("refused at").collect(e.field().replaceAll("\\[\\d+]", "[]"));
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    Statistics.label("outcome").collect("plan");
    Statistics.label("mapped")
        .collect(plan.tasks().stream().anyMatch(t -> !t.type().equals("unsupported")));
    Imports.assertValid(plan);
    assertThat(plan.planner().name()).isEqualTo("legacy-import");
    assertThat(plan.planner().details()).containsEntry("source_format", "runner-json");
  }

  @Provide
  Arbitrary<String> runnerDocuments() {
    Arbitrary<Object> metadata =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(null)),
            Tuple.of(
                20,
                Combinators.combine(
                        Arbitraries.of("high", "low", "medium", "acil", "P1", "", "Critical"),
                        Arbitraries.of("weather", "rapor", "", " x ", "a").list().ofMaxSize(60),
                        Arbitraries.of("5m", "2 saat", "soon"))
                    .as(
                        (priority, tags, expected) ->
                            (Object)
                                ordered(
                                    "priority", priority,
                                    "tags", tags,
                                    "expected_completion_time", expected))),
            Tuple.of(1, Arbitraries.of("bad").map(Object.class::cast)));
    Arbitrary<Map<String, Object>> header =
        Combinators.combine(
                Arbitraries.oneOf(
                    Arbitraries.of("plan-1", "plan #7", "", "ı", "a".repeat(200))
                        .map(o -> (Object) o),
                    Arbitraries.longs().map(o -> (Object) o)),
                Arbitraries.of(
                    "2025-06-07T06:00:00Z",
                    "2025-06-07T06:00:00+03:00",
                    "2025-06-07T14:30:00.123456",
                    "2025-06-07",
                    "yesterday",
                    ""),
                text(),
                text(),
                Arbitraries.of("normal", "Chaos", "kaos", "dream", "", "Turbo"),
                Arbitraries.of("data_analyst", "Araştırmacı", "wizard", ""),
                Arbitraries.frequencyOf(
                    Tuple.of(10, Arbitraries.just(null)),
                    Tuple.of(10, Arbitraries.longs().between(-5, 20).map(o -> (Object) o)),
                    Tuple.of(1, Arbitraries.of("high").map(Object.class::cast))),
                metadata)
            .as(
                (id, createdAt, title, description, mode, persona, chaos, meta) ->
                    ordered(
                        "id", id,
                        "created_at", createdAt,
                        "title", title,
                        "description", description,
                        "mode", mode,
                        "persona", persona,
                        "chaos_level", chaos,
                        "metadata", meta));
    Arbitrary<Object> tasks =
        Arbitraries.frequencyOf(
            Tuple.of(20, task().list().ofMinSize(1).ofMaxSize(8).map(Object.class::cast)),
            Tuple.of(1, Arbitraries.of("abc", "").map(Object.class::cast)),
            Tuple.of(1, Arbitraries.just(List.of()).map(Object.class::cast)));
    return Combinators.combine(header, tasks)
        .as(
            (h, t) -> {
              var document = new LinkedHashMap<>(h);
              document.put("tasks", t);
              return JSON.writeValueAsString(document);
            });
  }

  private Arbitrary<Map<String, Object>> task() {
    Arbitrary<Object> dependencies =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.just(null)),
            Tuple.of(60, Arbitraries.of(IDS).list().ofMaxSize(2).map(Object.class::cast)),
            Tuple.of(1, Arbitraries.of("fetch").map(Object.class::cast)));
    Arbitrary<Object> timeout =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.just(null)),
            Tuple.of(60, Arbitraries.longs().between(-10, 2_000_000).map(Object.class::cast)),
            Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, "30", "soon", 2.5)));
    Arbitrary<Object> retry =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.just(null)),
            Tuple.of(60, Arbitraries.longs().between(-2, 300).map(Object.class::cast)),
            Tuple.of(1, Arbitraries.of("2", "x", 1.5)));
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of(IDS).map(Object.class::cast),
                Arbitraries.integers().between(0, 9).map(Object.class::cast)),
            text(),
            dependencies,
            parameters(),
            timeout,
            retry)
        .as(
            (id, description, deps, params, t, r) ->
                ordered(
                    "id", id,
                    "description", description,
                    "dependencies", deps,
                    "parameters", params,
                    "timeout_seconds", t,
                    "retry_count", r));
  }

  private Arbitrary<Object> parameters() {
    Arbitrary<String> keys =
        Arbitraries.of(
            "url",
            "endpoint",
            "method",
            "headers",
            "body",
            "data",
            "path",
            "file",
            "directory",
            "content",
            "text",
            "to",
            "recipient",
            "subject",
            "message",
            "cc",
            "webhook_url",
            "payload",
            "command",
            "args",
            "cwd",
            "operation",
            "glob",
            "recursive",
            "prompt",
            "max_sentences",
            "target_language",
            "timeout",
            "foo",
            "URL",
            "Dosya");
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            Arbitraries.of(
                    "https://example.com/api",
                    "http://x.example/${TOKEN}",
                    "https://x.example/${a.b}",
                    "${",
                    "${ }",
                    "a@example.com",
                    "a@example.com; b@example.com",
                    "docs/",
                    "docs/*.md",
                    "notes.txt",
                    "notes",
                    "ls -la",
                    "rm -rf * && echo",
                    "GET",
                    "fetch",
                    "read",
                    "delete",
                    "en",
                    "")
                .map(Object.class::cast),
            text().map(Object.class::cast),
            Arbitraries.longs().between(-3, 5000).map(Object.class::cast),
            Arbitraries.doubles().between(-10, 10).map(Object.class::cast),
            Arbitraries.of(true, false).map(Object.class::cast),
            Arbitraries.just(null),
            Arbitraries.of("a@example.com", "x", "${B}")
                .list()
                .ofMaxSize(3)
                .map(Object.class::cast),
            Arbitraries.just(Map.of("Accept", "application/json")).map(Object.class::cast));
    // Parameter sets as the runner wrote them, so that mapping is exercised, not only refusal.
    Arbitrary<Object> coherent =
        Arbitraries.of(
                ordered("url", "https://example.com/a", "method", "post", "body", Map.of("a", 1)),
                ordered("path", "reports/out.md", "content", "# Report"),
                ordered("path", "reports/"),
                ordered("to", "a@example.com", "subject", "Hi", "body", "Done"),
                ordered("webhook_url", "https://hooks.example.com/x", "payload", "ready"),
                ordered("command", "du -sh reports"),
                ordered("text", "Uzun bir metin", "target_language", "en"),
                ordered())
            .map(Object.class::cast);
    return Arbitraries.frequencyOf(
        Tuple.of(40, coherent),
        Tuple.of(50, Arbitraries.maps(keys, values).ofMaxSize(5).map(Object.class::cast)),
        Tuple.of(5, Arbitraries.just(null)),
        Tuple.of(1, Arbitraries.of(List.of(1, 2), "x").map(Object.class::cast)));
  }

  /** Descriptions in both languages, with the words the mapping listens to, and noise. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "Download the forecast from the API",
            "Summarize the report",
            "Raporu özetle",
            "Dosyaları listele",
            "Save the summary to out.md",
            "Sonucu e-posta ile gönder",
            "Generate a haiku",
            "Metni çevir",
            "Tell the team via webhook",
            "Run the tests",
            "Handle ${X} and ${tasks.a.output}",
            "",
            "   "),
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars(' ', 'ş', 'İ', '$', '{', '}')
            .ofMaxLength(20));
  }

  /** A mapping in the given key order, with null values, which the legacy files also had. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Property(tries = 200)
  void segmentationDocumentsImportOrFailWithALegacyFormatException(
      @ForAll("segmentationDocuments") String yaml) {
    try {
      Imports.assertValid(IMPORTER.importPlan(yaml, NOW));
    } catch (LegacyFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> segmentationDocuments() {
    Arbitrary<Map<String, Object>> segment =
        Combinators.combine(
                Arbitraries.of(IDS),
                Arbitraries.of(
                    "file_operation",
                    "web_request",
                    "summarize",
                    "search",
                    "analysis",
                    "email",
                    "Dosya İşlemi",
                    "quantum",
                    ""),
                text(),
                Combinators.combine(
                        Arbitraries.of("path", "url", "to", "subject", "operation", "x"),
                        parameterValue())
                    .as(
                        (name, value) ->
                            (Object) ordered("name", name, "value", value, "type", "string"))
                    .list()
                    .ofMaxSize(4),
                Arbitraries.of(IDS).list().ofMaxSize(2))
            .as(
                (id, type, content, params, deps) ->
                    ordered(
                        "id", id,
                        "task_type", type,
                        "content", content,
                        "parameters", params,
                        "dependencies", deps,
                        "metadata", Map.of("confidence", 0.5)));
    return Combinators.combine(
            Arbitraries.of("Normal", "Chaos", "Dream", "Explore", "Kaos", "odd"),
            Arbitraries.oneOf(
                Arbitraries.just(null), Arbitraries.longs().between(0, 12).map(Object.class::cast)),
            text(),
            segment.list().ofMinSize(1).ofMaxSize(6))
        .as(
            (mode, chaos, command, segments) -> {
              var document =
                  ordered(
                      "version",
                      "1.0",
                      "command",
                      command,
                      "language",
                      "tr",
                      "mode",
                      mode,
                      "chaos_level",
                      chaos,
                      "segments",
                      new ArrayList<>(segments));
              return YAML.writeValueAsString(document);
            });
  }

  private static Arbitrary<Object> parameterValue() {
    return Arbitraries.of(
            "https://example.com",
            "docs/",
            "a.txt",
            "a@example.com",
            "list",
            "delete",
            "Hi",
            "${Y}")
        .map(Object.class::cast);
  }
}
