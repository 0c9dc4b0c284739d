package dev.altlas.orchestrator.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import dev.altlas.orchestrator.provider.RateLimitedException;
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.orchestrator.routing.ProviderRoute;
import dev.altlas.orchestrator.routing.Resilience;
import dev.altlas.orchestrator.routing.UsageLedger;
import dev.altlas.orchestrator.testing.FakeOpenAiServer;
import dev.altlas.orchestrator.testing.FakeOpenAiServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiCompatibleModelsTest {
  private static final String KEY = "sk-test-secret-key-123";
  private static final Map<String, Object> CITY_SCHEMA =
      Map.of(
          "title",
          "city facts",
          "type",
          "object",
          "properties",
          Map.of("city", Map.of("type", "string"), "population", Map.of("type", "integer")),
          "required",
          List.of("city", "population"),
          "additionalProperties",
          false);

  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final OpenAiCompatibleModels openai = provider(Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    openai.close();
    server.close();
  }

  @Test
  void generatesPlainTextWithSystemAndUserMessages() throws Exception {
    server.then(Reply.json("chat-plain.json"));

    ModelReply<Object> reply =
        openai.generate(new GenerateRequest("Selam ver", "Kısa yanıt ver.", null, 50, 0.2));

    assertThat(reply.value()).isEqualTo("Merhaba! Size nasıl yardımcı olabilirim?");
    assertThat(reply.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(21, 9));
    FakeOpenAiServer.Received request = server.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.headers()).containsEntry("authorization", "Bearer " + KEY);
    JsonNode body = request.body();
    assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
    assertThat(body.path("messages").size()).isEqualTo(2);
    assertThat(body.path("messages").path(0).path("role").asString()).isEqualTo("system");
    assertThat(body.path("messages").path(0).path("content").asString())
        .isEqualTo("Kısa yanıt ver.");
    assertThat(body.path("messages").path(1).path("role").asString()).isEqualTo("user");
    assertThat(body.path("messages").path(1).path("content").asString()).isEqualTo("Selam ver");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(50);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.has("response_format")).isFalse();
    assertThat(body.has("stream")).isFalse();
  }

  @Test
  void structuredOutputSendsTheSchemaStrictlyAndParsesTheAnswer() throws Exception {
    server.then(Reply.json("chat-structured-city.json"));

    ModelReply<Object> reply =
        openai.generate(new GenerateRequest("Başkent?", null, CITY_SCHEMA, null, null));

    assertThat(reply.value()).isEqualTo(Map.of("city", "Ankara", "population", 5782285));
    JsonNode format = server.last().body().path("response_format");
    assertThat(format.path("type").asString()).isEqualTo("json_schema");
    assertThat(format.path("json_schema").path("name").asString()).isEqualTo("city_facts");
    assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
    assertThat(format.path("json_schema").path("schema").path("required").size()).isEqualTo(2);
    assertThat(server.last().body().path("messages").size()).isEqualTo(1);
  }

  @Test
  void anAnswerThatViolatesTheSchemaIsABadResponse() {
    server.then(Reply.json("chat-structured-city-invalid.json"));

    assertThatThrownBy(
            () -> openai.generate(new GenerateRequest("Başkent?", null, CITY_SCHEMA, null, null)))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.bad_response");
              assertThat(e.retryable()).isFalse();
            })
        .hasMessageContaining("does not satisfy the schema");
  }

  @Test
  void aBrokenSchemaIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () -> openai.generate(new GenerateRequest("x", null, Map.of("type", 12), null, null)))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.code()).isEqualTo("ai.bad_request"));
    assertThat(server.received()).isEmpty();
  }

  @Test
  void parsesToolCalls() throws Exception {
    server.then(Reply.json("chat-tool-calls.json"));
    var weather =
        new ToolSpec(
            "get_current_weather",
            "The weather in a city",
            Map.of(
                "type", "object",
                "properties", Map.of("location", Map.of("type", "string")),
                "required", List.of("location")));

    ChatTurn turn =
        openai.chat(
            List.of(ChatMessage.user("İstanbul'da hava nasıl?")),
            List.of(weather),
            GenerateRequest.of(""));

    assertThat(turn.content()).isNull();
    assertThat(turn.finishReason()).isEqualTo("tool_calls");
    assertThat(turn.toolCalls())
        .containsExactly(
            new ToolCall(
                "call_abc123",
                "get_current_weather",
                Map.of("location", "İstanbul", "unit", "celsius")),
            new ToolCall("call_def456", "list_files", Map.of("path", "./docs", "glob", "*.md")));
    JsonNode tool = server.last().body().path("tools").path(0);
    assertThat(tool.path("type").asString()).isEqualTo("function");
    assertThat(tool.path("function").path("name").asString()).isEqualTo("get_current_weather");
    assertThat(tool.path("function").path("parameters").path("required").path(0).asString())
        .isEqualTo("location");

    // The tool results go back with the assistant's turn, on the wire format's terms.
    server.then(Reply.json("chat-plain.json"));
    openai.chat(
        List.of(
            ChatMessage.user("İstanbul'da hava nasıl?"),
            ChatMessage.assistant(turn),
            ChatMessage.toolResult("call_abc123", "{\"temperature\": 18}")),
        List.of(weather),
        GenerateRequest.of(""));
    JsonNode messages = server.last().body().path("messages");
    assertThat(messages.path(1).path("content").isNull()).isTrue();
    assertThat(messages.path(1).path("tool_calls").path(0).path("id").asString())
        .isEqualTo("call_abc123");
    assertThat(messages.path(2).path("role").asString()).isEqualTo("tool");
    assertThat(messages.path(2).path("tool_call_id").asString()).isEqualTo("call_abc123");
  }

  @Test
  void streamsServerSentEventsUntilDone() throws Exception {
    server.then(Reply.events("chat-stream.txt"));
    var pieces = new ArrayList<String>();

    ModelReply<String> reply = openai.generateStreaming(GenerateRequest.of("Selam"), pieces::add);

    assertThat(pieces).containsExactly("Mer", "haba", " dünya");
    assertThat(reply.value()).isEqualTo("Merhaba dünya");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(11, 3));
    assertThat(server.last().headers()).containsEntry("accept", "text/event-stream");
    assertThat(server.last().body().path("stream").asBoolean()).isTrue();
    assertThat(server.last().body().path("stream_options").path("include_usage").asBoolean())
        .isTrue();
  }

  @Test
  void aStreamThatEndsEarlyIsRetryablyUnavailable() {
    server.then(Reply.events("chat-stream-cut.txt"));

    assertThatThrownBy(() -> openai.generateStreaming(GenerateRequest.of("Selam"), s -> {}))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unavailable");
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void embedsWithTheEmbeddingModelInInputOrderAndNormalises() throws Exception {
    server.then(Reply.json("embeddings.json"));

    ModelReply<List<float[]>> reply = openai.embed(List.of("bir", "iki"));

    assertThat(reply.value().get(0)).containsExactly(0.6f, 0.8f, 0f);
    assertThat(reply.value().get(1)).containsExactly(0f, 0f, 1f);
    assertThat(reply.model()).isEqualTo("text-embedding-3-small");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(8, 0));
    assertThat(server.last().path()).isEqualTo("/v1/embeddings");
    assertThat(server.last().body().path("model").asString()).isEqualTo("text-embedding-3-small");
    assertThat(server.last().body().path("input").path(1).asString()).isEqualTo("iki");
    assertThat(openai.capabilities()).contains(Capability.EMBED);
  }

  @Test
  void rateLimitIsRetryableAndCarriesRetryAfter() {
    server.then(Reply.error(429, "error-rate-limited.json").withHeader("Retry-After", "2"));

    assertThatThrownBy(() -> openai.generate(GenerateRequest.of("x")))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.rate_limited");
              assertThat(e.retryable()).isTrue();
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            })
        .hasMessageContaining("Rate limit reached");
  }

  @Test
  void theRouterWaitsAsToldAfter429AndThenSucceeds() throws Exception {
    server
        .then(Reply.error(429, "error-rate-limited.json").withHeader("Retry-After", "1"))
        .then(Reply.json("chat-plain.json"));
    ModelRouter router = routerOver(openai);

    long started = System.nanoTime();
    ModelReply<Object> reply = router.generate(GenerateRequest.of("x"));
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(reply.value()).asString().startsWith("Merhaba");
    assertThat(server.received()).hasSize(2);
    assertThat(seconds).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theRouterRetriesServerErrorsAndThenSucceeds() throws Exception {
    server
        .then(Reply.error(500, "error-server.json"))
        .then(Reply.error(503, "error-server.json"))
        .then(Reply.json("chat-plain.json"));

    ModelReply<Object> reply = routerOver(openai).generate(GenerateRequest.of("x"));

    assertThat(reply.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void unauthorizedIsNotRetriedAndNeverShowsTheKey() {
    server.then(Reply.error(401, "error-unauthorized.json"));

    assertThatThrownBy(() -> routerOver(openai).generate(GenerateRequest.of("x")))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unauthorized");
              assertThat(e.retryable()).isFalse();
            })
        .hasMessageContaining("Incorrect API key provided: ***")
        .hasMessageNotContaining(KEY);
    assertThat(server.received()).hasSize(1);
    assertThat(openai.toString()).doesNotContain(KEY);
  }

  @Test
  void noAnswerInTimeIsARetryableTimeout() {
    server.then(Reply.json("chat-plain.json").after(Duration.ofSeconds(3)));
    try (var impatient = provider(Duration.ofMillis(300))) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> impatient.generate(GenerateRequest.of("x")))
          .isInstanceOfSatisfying(
              ModelException.class,
              e -> {
                assertThat(e.code()).isEqualTo("ai.timeout");
                assertThat(e.retryable()).isTrue();
              });
      assertThat((System.nanoTime() - started) / 1e9).isCloseTo(0.3, within(1.0));
    }
  }

  @Test
  void anUnreachableEndpointIsRetryablyUnavailable() {
    server.close();
    assertThatThrownBy(() -> openai.generate(GenerateRequest.of("x")))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unavailable");
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void summarisesClassifiesRanksExtractsAndTranslatesWithStructuredPrompts() throws Exception {
    server
        .then(Reply.json("chat-summary.json"))
        .then(Reply.json("chat-classify.json"))
        .then(Reply.json("chat-rank.json"))
        .then(Reply.json("chat-extract.json"))
        .then(Reply.json("chat-translate.json"));

    assertThat(openai.summarize("Güneş enerjisi...", 1, "en").value())
        .isEqualTo("Solar power is getting cheaper and more efficient.");
    assertThat(server.last().body().path("messages").path(0).path("content").asString())
        .contains("at most 1 sentence", "in English");

    var labels = openai.classify("Maç 2-1 bitti.", List.of("politics", "sports")).value();
    assertThat(labels.getFirst().label()).isEqualTo("sports");
    assertThat(labels.getFirst().score()).isCloseTo(0.9, within(1e-9));
    JsonNode labelEnum =
        server
            .last()
            .body()
            .path("response_format")
            .path("json_schema")
            .path("schema")
            .path("properties")
            .path("scores")
            .path("items")
            .path("properties")
            .path("label")
            .path("enum");
    assertThat(labelEnum.size()).isEqualTo(2);

    var ranked = openai.rank(List.of("a", "b", "c"), "importance").value();
    assertThat(ranked).extracting(s -> s.index()).containsExactly(1, 0, 2);
    assertThat(ranked.get(2).score()).isZero();

    var values = openai.extract("...", List.of("names", "emails")).value();
    assertThat(values)
        .containsEntry("names", List.of("Ayşe Yılmaz", "John Smith"))
        .containsEntry("emails", List.of("ayse@example.com"));

    assertThat(openai.translate("Toplantı cumaya alındı.", null, "en").value())
        .isEqualTo("The meeting was moved to Friday.");
    assertThat(server.last().body().path("messages").path(0).path("content").asString())
        .contains("into English");
    assertThat(server.last().body().path("temperature").asDouble()).isZero();
  }

  private OpenAiCompatibleModels provider(Duration timeout) {
    return new OpenAiCompatibleModels(
        new OpenAiEndpoint(
            "openai", server.baseUrl(), KEY, "gpt-4o-mini", "text-embedding-3-small", timeout));
  }

  private static ModelRouter routerOver(OpenAiCompatibleModels provider) {
    var resilience =
        new Resilience(
            3, Duration.ofMillis(20), Duration.ofSeconds(5), 10, 10, 50f, Duration.ofMinutes(1));
    return new ModelRouter(
        List.of(new ProviderRoute(provider, 0, Duration.ofSeconds(10))),
        resilience,
        new UsageLedger());
  }
}
