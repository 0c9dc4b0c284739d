package dev.altlas.orchestrator.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.ai.ModelPort;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.TokenUsage;
import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.orchestrator.openai.OpenAiCompatibleModels;
import dev.altlas.orchestrator.openai.OpenAiEndpoint;
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.orchestrator.routing.ProviderRoute;
import dev.altlas.orchestrator.routing.Resilience;
import dev.altlas.orchestrator.routing.UsageLedger;
import dev.altlas.orchestrator.testing.FakeOpenAiServer;
import dev.altlas.orchestrator.testing.FakeOpenAiServer.Reply;
import dev.altlas.orchestrator.testing.FakeTaskContext;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import dev.altlas.task.TaskSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AiTaskPluginTest {
  private static final LocalModels LOCAL = new LocalModels();
  private static final String ARTICLE =
      """
      Solar panels convert sunlight into electricity. The efficiency of modern solar panels has \
      improved a lot. My neighbour has a red car. Solar energy is now cheaper than coal in many \
      countries. Contact energy@example.org for the report.""";

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final UsageLedger ledger = new UsageLedger();
  private final ModelRouter localOnly = router(route(LOCAL));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theServiceLoaderFindsAHandlerForEveryAiTaskOfTheCatalog() {
    List<String> catalog =
        TaskCatalog.builtin().types().stream()
            .map(TaskType::type)
            .filter(t -> t.startsWith("ai."))
            .toList();
    List<String> handled =
        ServiceLoader.load(TaskPlugin.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(AiTaskPlugin.class::isInstance)
            .flatMap(p -> p.handlers(environment(localOnly)).stream())
            .map(TaskHandler::type)
            .toList();

    assertThat(handled).containsExactlyInAnyOrderElementsOf(catalog).hasSize(7);
  }

  @Test
  void summarizesAFileReadResultAndRecordsTheModel() throws Exception {
    var ctx =
        new FakeTaskContext(
            Map.of(
                "text",
                Map.of("path", "docs/solar.txt", "content", ARTICLE, "size", 300),
                "max_sentences",
                2));

    Map<String, Object> out = run(handlers(localOnly), "ai.summarize", ctx);

    assertThat(out).containsOnlyKeys("summary");
    assertThat((String) out.get("summary")).startsWith("Solar panels").doesNotContain("red car");
    assertThat(ctx.models()).containsExactly(LocalModels.EXTRACTIVE_MODEL);
    assertThat(ctx.usage().inputTokens()).isPositive();
    assertThat(ledger.forRun("run-1")).isEqualTo(ctx.usage());
  }

  @Test
  void classifiesIntoTheBestLabelWithScoresBestFirst() throws Exception {
    var ctx =
        new FakeTaskContext(
            Map.of(
                "text",
                "The striker scored twice and the team won the final.",
                "labels",
                List.of("politics", "sports", "cooking")));

    Map<String, Object> out = run(handlers(localOnly), "ai.classify", ctx);

    assertThat(out).containsOnlyKeys("label", "scores");
    assertThat(out.get("label")).isEqualTo("sports");
    assertThat(((Map<?, ?>) out.get("scores")).keySet().stream().map(String::valueOf))
        .containsExactly("sports", "cooking", "politics");
  }

  @Test
  void extractsWhatPatternsFindAndRefusesFieldsTheyCannot() throws Exception {
    var ctx =
        new FakeTaskContext(
            Map.of(
                "text", List.of(ARTICLE, "Due 2025-01-31."), "fields", List.of("emails", "dates")));

    Map<String, Object> out = run(handlers(localOnly), "ai.extract", ctx);

    assertThat(out)
        .containsEntry(
            "values",
            Map.of("emails", List.of("energy@example.org"), "dates", List.of("2025-01-31")));

    var names = new FakeTaskContext(Map.of("text", ARTICLE, "fields", List.of("names")));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.extract").execute(names))
        .isInstanceOfSatisfying(
            TaskFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("ai.unsupported");
              assertThat(f.retryable()).isFalse();
            })
        .hasMessageContaining("'names'");
  }

  @Test
  void ranksMapItemsByTheirTextAndKeepsThemWithAScore() throws Exception {
    var items =
        List.of(
            Map.of("path", "a.txt", "summary", "Recipe for lentil soup with cumin."),
            Map.of("path", "b.txt", "summary", "Quarterly revenue grew by twelve percent."),
            Map.of("path", "c.txt", "summary", "How to bake sourdough bread at home."));
    var ctx = new FakeTaskContext(Map.of("items", items, "query", "company finances and revenue"));

    Map<String, Object> out = run(handlers(localOnly), "ai.rank", ctx);

    assertThat(out).containsOnlyKeys("items", "count").containsEntry("count", 3);
    List<?> ranked = (List<?>) out.get("items");
    Map<?, ?> best = (Map<?, ?>) ranked.getFirst();
    assertThat(best.get("path")).isEqualTo("b.txt");
    assertThat(best.keySet().stream().map(String::valueOf)).contains("summary", "score");
    assertThat(ranked)
        .extracting(i -> ((Number) ((Map<?, ?>) i).get("score")).doubleValue())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));

    var strings =
        new FakeTaskContext(
            Map.of("items", List.of("cats", "tax returns"), "query", "tax", "field", "x"));
    Map<String, Object> plain = run(handlers(localOnly), "ai.rank", strings);
    assertThat((List<?>) plain.get("items"))
        .first()
        .isEqualTo(
            Map.of(
                "text",
                "tax returns",
                "score",
                ((Map<?, ?>) ((List<?>) plain.get("items")).getFirst()).get("score")));

    var missing = new FakeTaskContext(Map.of("items", items, "query", "x", "field", "title"));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.rank").execute(missing))
        .isInstanceOfSatisfying(
            TaskFailure.class, f -> assertThat(f.code()).isEqualTo("task.bad_param"))
        .hasMessageContaining("'title'");
  }

  @Test
  void embedsIntoA384DimensionVector() throws Exception {
    var ctx = new FakeTaskContext(Map.of("text", "Merhaba dünya"));

    Map<String, Object> out = run(handlers(localOnly), "ai.embed", ctx);

    assertThat(out).containsOnlyKeys("vector", "dimensions", "model");
    assertThat(out.get("dimensions")).isEqualTo(384);
    assertThat((List<?>) out.get("vector")).hasSize(384);
    assertThat(out.get("model")).isEqualTo(LocalModels.EMBEDDING_MODEL);
  }

  @Test
  void generateAndTranslateFailClearlyWithOnlyTheLocalProvider() {
    var ctx = new FakeTaskContext(Map.of("prompt", "Write a poem"));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.generate").execute(ctx))
        .isInstanceOfSatisfying(
            TaskFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("ai.unsupported");
              assertThat(f.retryable()).isFalse();
            })
        .hasMessageContaining("configured: local");
  }

  @Test
  void translatesAndGeneratesWithAnOpenAiCompatibleProvider() throws Exception {
    server.then(Reply.json("chat-translate.json")).then(Reply.json("chat-structured-city.json"));
    ModelRouter router = router(route(openai()), route(LOCAL));
    Map<String, TaskHandler> handlers = handlers(router);

    var translate =
        new FakeTaskContext(
            "run-7",
            Map.of("text", Map.of("content", "Toplantı cumaya alındı."), "target_language", "en"));
    assertThat(handlers.get("ai.translate").execute(translate))
        .isEqualTo(Map.of("text", "The meeting was moved to Friday."));
    assertThat(translate.models()).containsExactly("gpt-4o-mini-2024-07-18");
    assertThat(translate.usage()).isEqualTo(new TokenUsage(48, 10));

    var generate =
        new FakeTaskContext(
            "run-7",
            Map.of(
                "prompt",
                "Türkiye'nin başkenti?",
                "temperature",
                0,
                "schema",
                Map.of(
                    "type",
                    "object",
                    "properties",
                    Map.of(
                        "city", Map.of("type", "string"),
                        "population", Map.of("type", "integer")),
                    "required",
                    List.of("city", "population"),
                    "additionalProperties",
                    false)));
    assertThat(handlers.get("ai.generate").execute(generate))
        .isEqualTo(Map.of("text", "{\"city\":\"Ankara\",\"population\":5782285}"));
    assertThat(ledger.forRun("run-7")).isEqualTo(new TokenUsage(48 + 64, 10 + 12));
  }

  @Test
  void aRetryableModelFailureIsARetryableTaskFailure() {
    server.then(Reply.error(429, "error-rate-limited.json").withHeader("Retry-After", "600"));
    ModelRouter router = router(route(openai()));
    var ctx = new FakeTaskContext(Map.of("text", "Merhaba", "target_language", "en"));

    assertThatThrownBy(() -> handlers(router).get("ai.translate").execute(ctx))
        .isInstanceOfSatisfying(
            TaskFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("ai.rate_limited");
              assertThat(f.retryable()).isTrue();
            });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void badParametersAreNamed() {
    var ctx = new FakeTaskContext(Map.of("text", "  ", "labels", List.of("a")));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.classify").execute(ctx))
        .isInstanceOfSatisfying(
            TaskFailure.class, f -> assertThat(f.code()).isEqualTo("task.bad_param"))
        .hasMessageContaining("'text'");
    var noLabels = new FakeTaskContext(Map.of("text", "x", "labels", List.of()));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.classify").execute(noLabels))
        .hasMessageContaining("'labels' is empty");
    var hot = new FakeTaskContext(Map.of("prompt", "x", "temperature", 9));
    assertThatThrownBy(() -> handlers(localOnly).get("ai.generate").execute(hot))
        .hasMessageContaining("'temperature' must be between 0 and 2");
  }

  @Test
  void countsBeyondTheirRangeAreRefusedNotWrappedAround() {
    // 2^64 + 2: read as a long it wrapped around to 2, a valid count.
    var wraps = new java.math.BigInteger("18446744073709551618");
    var summarize = new FakeTaskContext(Map.of("text", ARTICLE, "max_sentences", wraps));
    var generate = new FakeTaskContext(Map.of("prompt", "x", "max_tokens", wraps));

    assertThatThrownBy(() -> handlers(localOnly).get("ai.summarize").execute(summarize))
        .isInstanceOf(TaskFailure.class)
        .hasMessage(
            "parameter 'max_sentences' must be a whole number from 1 to 100, not "
                + "18446744073709551618");
    assertThatThrownBy(() -> handlers(localOnly).get("ai.generate").execute(generate))
        .isInstanceOf(TaskFailure.class)
        .hasMessageStartingWith(
            "parameter 'max_tokens' must be a whole number from 1 to 2,147,483,647");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> run(
      Map<String, TaskHandler> handlers, String type, FakeTaskContext context) throws Exception {
    return (Map<String, Object>) handlers.get(type).execute(context);
  }

  private Map<String, TaskHandler> handlers(ModelPort models) {
    return new AiTaskPlugin()
        .handlers(environment(models)).stream()
            .collect(Collectors.toMap(TaskHandler::type, Function.identity()));
  }

  private static TaskEnvironment environment(ModelPort models) {
    return new TaskEnvironment(new TaskSettings(Map.of()), models, Clock.systemUTC());
  }

  private OpenAiCompatibleModels openai() {
    return new OpenAiCompatibleModels(
        new OpenAiEndpoint(
            "openai", server.baseUrl(), "sk-test", "gpt-4o-mini", null, Duration.ofSeconds(5)));
  }

  private static ProviderRoute route(ModelPort provider) {
    return new ProviderRoute(provider, 0, Duration.ofSeconds(30));
  }

  private ModelRouter router(ProviderRoute... routes) {
    return new ModelRouter(
        List.of(routes),
        new Resilience(
            2, Duration.ofMillis(5), Duration.ofMillis(50), 10, 10, 50f, Duration.ofMinutes(1)),
        ledger);
  }
}
