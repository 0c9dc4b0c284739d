package dev.altlas.orchestrator.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP server on 127.0.0.1 that answers like an OpenAI-compatible endpoint with scripted
 * replies, one per request in order, and keeps what it received.
 */
public final class FakeOpenAiServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** A scripted answer. */
  public record Reply(
      int status, String contentType, String body, Map<String, String> headers, Duration delay) {

    public static Reply json(String resource) {
      return new Reply(200, "application/json", resource(resource), Map.of(), Duration.ZERO);
    }

    public static Reply events(String resource) {
      return new Reply(200, "text/event-stream", resource(resource), Map.of(), Duration.ZERO);
    }

    public static Reply error(int status, String resource) {
      return new Reply(status, "application/json", resource(resource), Map.of(), Duration.ZERO);
    }

    public Reply withHeader(String name, String value) {
      var h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, contentType, body, h, delay);
    }

    public Reply after(Duration wait) {
      return new Reply(status, contentType, body, headers, wait);
    }
  }

  /** A request as the server saw it. */
  public record Received(String method, String path, Map<String, String> headers, JsonNode body) {}

  private FakeOpenAiServer(HttpServer server) {
    this.server = server;
  }

  public static FakeOpenAiServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      var fake = new FakeOpenAiServer(server);
      server.createContext("/", fake::handle);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  public FakeOpenAiServer then(Reply reply) {
    replies.add(reply);
    return this;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public Received last() {
    return received.getLast();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var headers = new LinkedHashMap<String, String>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              headers,
              body.isEmpty() ? null : JSON.readTree(body)));
      Reply reply = replies.poll();
      if (reply == null) {
        reply = new Reply(500, "text/plain", "no scripted reply left", Map.of(), Duration.ZERO);
      }
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay());
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up (a timeout test); nothing to answer.
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        FakeOpenAiServer.class.getResourceAsStream("/dev/altlas/orchestrator/wire/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
