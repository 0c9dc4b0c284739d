package dev.altlas.orchestrator.openai;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelReply;
import dev.altlas.ai.Scored;
import dev.altlas.model.TokenUsage;
import dev.altlas.orchestrator.provider.StreamingGenerator;
import dev.altlas.orchestrator.provider.TokenEstimate;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider behind an OpenAI-compatible HTTP endpoint. Generation and structured output use {@code
 * /chat/completions}; summarising, classifying, ranking, extracting and translating are
 * structured-output requests with prompts of their own ({@link TaskPrompts}); embeddings use {@code
 * /embeddings} when an embedding model is configured.
 *
 * <p>Failures carry stable codes: HTTP 429 is {@code ai.rate_limited} with the server's {@code
 * Retry-After}, 5xx {@code ai.unavailable}, both retryable; 401 and 403 are {@code
 * ai.unauthorized}; no answer in time is {@code ai.timeout}; an answer that is not what was asked
 * for is {@code ai.bad_response}. Retries themselves are the router's job. The API key is sent only
 * in the {@code Authorization} header and is removed from every error message.
 */
public final class OpenAiCompatibleModels implements StreamingGenerator, Closeable {
  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final OpenAiEndpoint endpoint;
  private final HttpClient http;
  private final Set<Capability> capabilities;

  public OpenAiCompatibleModels(OpenAiEndpoint endpoint) {
    this.endpoint = endpoint;
    boolean plainHttp = "http".equalsIgnoreCase(endpoint.baseUrl().getScheme());
    this.http =
        HttpClient.newBuilder()
            // Over plain HTTP the client would try an h2c upgrade, which some servers mishandle.
            .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
            .connectTimeout(min(endpoint.timeout(), MAX_CONNECT_TIMEOUT))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    var caps =
        EnumSet.of(
            Capability.GENERATE,
            Capability.STRUCTURED_OUTPUT,
            Capability.SUMMARIZE,
            Capability.CLASSIFY,
            Capability.RANK,
            Capability.EXTRACT,
            Capability.TRANSLATE);
    if (endpoint.embeddingModel() != null) {
      caps.add(Capability.EMBED);
    }
    this.capabilities = Collections.unmodifiableSet(caps);
  }

  @Override
  public String name() {
    return endpoint.name();
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public ModelReply<Object> generate(GenerateRequest request)
      throws ModelException, InterruptedException {
    AnswerSchema schema = request.schema() == null ? null : AnswerSchema.of(request.schema());
    ChatTurn turn = chat(messages(request), List.of(), request);
    if (schema == null) {
      if (turn.content() == null) {
        throw ChatWire.badResponse(name(), "gave no text");
      }
      return new ModelReply<>(turn.content(), turn.model(), turn.usage());
    }
    if ("length".equals(turn.finishReason())) {
      throw ChatWire.badResponse(
          name(), "stopped at the token limit before the structured answer was complete");
    }
    return new ModelReply<>(schema.check(turn.content(), name()), turn.model(), turn.usage());
  }

  /**
   * One chat completion, possibly with tools the model may ask to call. Structured output applies
   * when {@code options.schema()} is set; its answer is left as text in {@link ChatTurn#content()}.
   *
   * @param options max tokens, temperature and schema; its prompt and system are not used
   */
  public ChatTurn chat(List<ChatMessage> messages, List<ToolSpec> tools, GenerateRequest options)
      throws ModelException, InterruptedException {
    ObjectNode body =
        ChatWire.chatRequest(
            endpoint.model(),
            messages,
            options.schema(),
            options.maxTokens(),
            options.temperature(),
            tools,
            false);
    HttpResponse<String> response = post("/chat/completions", body);
    ChatTurn turn =
        ChatWire.chatTurn(ChatWire.parse(response.body(), name()), name(), endpoint.model());
    if (turn.usage() == null) {
      String read =
          messages.stream()
              .map(ChatMessage::content)
              .filter(Objects::nonNull)
              .collect(Collectors.joining("\n"));
      return new ChatTurn(
          turn.content(),
          turn.toolCalls(),
          turn.finishReason(),
          turn.model(),
          TokenEstimate.usage(read, turn.content()));
    }
    return turn;
  }

  @Override
  public ModelReply<String> generateStreaming(GenerateRequest request, Consumer<String> tokens)
      throws ModelException, InterruptedException {
    if (request.schema() != null) {
      throw new ModelException(
          "ai.bad_request", "structured output is not streamed; use generate", false);
    }
    ObjectNode body =
        ChatWire.chatRequest(
            endpoint.model(),
            messages(request),
            null,
            request.maxTokens(),
            request.temperature(),
            List.of(),
            true);
    HttpResponse<Stream<String>> response = postForEvents("/chat/completions", body);
    var text = new StringBuilder();
    String model = endpoint.model();
    TokenUsage usage = null;
    boolean finished = false;
    try (Stream<String> lines = response.body()) {
      Iterator<String> it = lines.iterator();
      while (it.hasNext()) {
        String line = it.next();
        if (Thread.interrupted()) {
          throw new InterruptedException("stream from " + name() + " interrupted");
        }
        // Server-sent events: only data lines matter; comments and event names are skipped.
        if (!line.startsWith("data:")) {
          continue;
        }
        String data = line.substring(5).strip();
        if (data.equals("[DONE]")) {
          finished = true;
          break;
        }
        JsonNode chunk = ChatWire.parse(data, name());
        if (chunk.has("error")) {
          throw new ModelException(
              "ai.unavailable",
              ErrorResponses.redact(
                  endpoint, name() + " failed while streaming: " + chunk.path("error")),
              true);
        }
        model = ChatWire.modelOf(chunk, model);
        JsonNode choice = chunk.path("choices").path(0);
        String piece = ChatWire.text(choice.path("delta").path("content"));
        if (piece != null && !piece.isEmpty()) {
          text.append(piece);
          tokens.accept(piece);
        }
        finished |= ChatWire.text(choice.path("finish_reason")) != null;
        TokenUsage reported = ChatWire.usage(chunk.path("usage"));
        if (reported != null) {
          usage = reported;
        }
      }
    } catch (UncheckedIOException e) {
      throw unreachable(e.getCause());
    }
    if (!finished) {
      throw new ModelException(
          "ai.unavailable", name() + " ended the stream before the answer was complete", true);
    }
    String answer = text.toString();
    if (usage == null) {
      String read =
          request.system() == null ? request.prompt() : request.system() + "\n" + request.prompt();
      usage = TokenEstimate.usage(read, answer);
    }
    return new ModelReply<>(answer, model, usage);
  }

  @Override
  public ModelReply<String> summarize(String text, int maxSentences, String language)
      throws ModelException, InterruptedException {
    ModelReply<Object> reply = generate(TaskPrompts.summarize(text, maxSentences, language));
    return new ModelReply<>(TaskPrompts.summary(reply.value()), reply.model(), reply.usage());
  }

  @Override
  public ModelReply<List<Scored>> classify(String text, List<String> labels)
      throws ModelException, InterruptedException {
    ModelReply<Object> reply = generate(TaskPrompts.classify(text, labels));
    return new ModelReply<>(
        TaskPrompts.labelScores(reply.value(), labels), reply.model(), reply.usage());
  }

  @Override
  public ModelReply<List<Scored>> rank(List<String> texts, String query)
      throws ModelException, InterruptedException {
    if (texts.isEmpty()) {
      return new ModelReply<>(List.of(), endpoint.model(), TokenUsage.ZERO);
    }
    ModelReply<Object> reply = generate(TaskPrompts.rank(texts, query));
    return new ModelReply<>(
        TaskPrompts.itemScores(reply.value(), texts.size()), reply.model(), reply.usage());
  }

  @Override
  public ModelReply<Map<String, List<String>>> extract(String text, List<String> fields)
      throws ModelException, InterruptedException {
    ModelReply<Object> reply = generate(TaskPrompts.extract(text, fields));
    return new ModelReply<>(
        TaskPrompts.extracted(reply.value(), fields), reply.model(), reply.usage());
  }

  @Override
  public ModelReply<String> translate(String text, String sourceLanguage, String targetLanguage)
      throws ModelException, InterruptedException {
    ModelReply<Object> reply =
        generate(TaskPrompts.translate(text, sourceLanguage, targetLanguage));
    return new ModelReply<>(TaskPrompts.translation(reply.value()), reply.model(), reply.usage());
  }

  @Override
  public ModelReply<List<float[]>> embed(List<String> texts)
      throws ModelException, InterruptedException {
    if (endpoint.embeddingModel() == null) {
      throw ModelException.unsupported(Capability.EMBED, name());
    }
    HttpResponse<String> response =
        post("/embeddings", ChatWire.embeddingsRequest(endpoint.embeddingModel(), texts));
    JsonNode root = ChatWire.parse(response.body(), name());
    var vectors = new ArrayList<float[]>(Collections.nCopies(texts.size(), (float[]) null));
    for (JsonNode item : root.path("data")) {
      int index = item.path("index").asInt(-1);
      JsonNode embedding = item.path("embedding");
      if (index < 0 || index >= texts.size() || !embedding.isArray()) {
        throw ChatWire.badResponse(name(), "sent an embedding without a valid index or vector");
      }
      var vector = new float[embedding.size()];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = (float) embedding.get(i).asDouble();
      }
      vectors.set(index, normalize(vector));
    }
    if (vectors.contains(null)) {
      throw ChatWire.badResponse(
          name(), "sent fewer embeddings than the " + texts.size() + " texts asked for");
    }
    TokenUsage usage = ChatWire.usage(root.path("usage"));
    return new ModelReply<>(
        vectors,
        ChatWire.modelOf(root, endpoint.embeddingModel()),
        usage == null ? new TokenUsage(TokenEstimate.of(texts), 0) : usage);
  }

  @Override
  public void close() {
    http.close();
  }

  /** Names the endpoint, never the key. */
  @Override
  public String toString() {
    return "OpenAiCompatibleModels[" + endpoint + "]";
  }

  private static List<ChatMessage> messages(GenerateRequest request) {
    var messages = new ArrayList<ChatMessage>(2);
    if (request.system() != null && !request.system().isBlank()) {
      messages.add(ChatMessage.system(request.system()));
    }
    messages.add(ChatMessage.user(request.prompt()));
    return messages;
  }

  private HttpResponse<String> post(String path, ObjectNode body)
      throws ModelException, InterruptedException {
    HttpResponse<String> response =
        send(request(path, body, "application/json"), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw ErrorResponses.of(endpoint, response.statusCode(), response.headers(), response.body());
    }
    return response;
  }

  /** The response's lines as they arrive; the caller closes the stream. */
  private HttpResponse<Stream<String>> postForEvents(String path, ObjectNode body)
      throws ModelException, InterruptedException {
    HttpResponse<Stream<String>> response =
        send(request(path, body, "text/event-stream"), HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() / 100 != 2) {
      String errorBody;
      try (Stream<String> lines = response.body()) {
        errorBody = lines.collect(Collectors.joining("\n"));
      } catch (UncheckedIOException e) {
        errorBody = "";
      }
      throw ErrorResponses.of(endpoint, response.statusCode(), response.headers(), errorBody);
    }
    return response;
  }

  private HttpRequest request(String path, ObjectNode body, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .timeout(endpoint.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(ChatWire.JSON.writeValueAsString(body)));
    if (endpoint.hasApiKey()) {
      request.header("Authorization", "Bearer " + endpoint.apiKey());
    }
    return request.build();
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws ModelException, InterruptedException {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  private ModelException unreachable(Throwable e) {
    if (e instanceof HttpTimeoutException) {
      return new ModelException(
          "ai.timeout",
          name() + " did not answer within " + endpoint.timeout().toMillis() + " ms",
          true,
          e);
    }
    return new ModelException(
        "ai.unavailable",
        ErrorResponses.redact(
            endpoint, "could not reach " + name() + " at " + endpoint.baseUrl() + ": " + e),
        true,
        e);
  }

  private static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v;
    }
    float norm = (float) Math.sqrt(sum);
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return v;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
