package dev.altlas.tasks.builtin.http;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static dev.altlas.tasks.builtin.testing.LocalHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import dev.altlas.tasks.builtin.testing.LocalHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpRequestHandlerTest {
  @TempDir Path artifacts;
  private final LocalHttpServer server = new LocalHttpServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private static HttpRequestHandler handler(HostAllowList allow, Duration timeout) {
    var settings = new HttpSettings(allow, true, 1024, timeout);
    return new HttpRequestHandler(new GuardedHttp(settings), settings.maxBytes());
  }

  private Map<?, ?> call(Map<String, ?> params) throws Exception {
    return (Map<?, ?>)
        handler(new HostAllowList(List.of()), Duration.ofSeconds(5))
            .execute(InMemoryTaskContext.of(artifacts, params));
  }

  @Test
  void returnsStatusLowerCaseHeadersMediaTypeAndParsedJson() throws Exception {
    server.route(
        "/data",
        ex -> {
          ex.getResponseHeaders().add("X-Trace", "abc");
          reply(ex, 200, "application/json; charset=utf-8", "{\"a\":[1,2]}");
        });

    Map<?, ?> out = call(Map.of("url", server.url("/data")));

    assertThat(out.get("url")).isEqualTo(server.url("/data"));
    assertThat(out.get("status")).isEqualTo(200);
    assertThat(out.get("media_type")).isEqualTo("application/json");
    assertThat(((Map<?, ?>) out.get("headers")).get("x-trace")).isEqualTo("abc");
    assertThat(out.get("body")).isEqualTo(Map.of("a", List.of(1, 2)));
  }

  @Test
  void sendsObjectBodiesAsJsonAndTextAsIs() throws Exception {
    server.route("/echo", ex -> reply(ex, 201, "text/plain", "ok"));

    call(Map.of("url", server.url("/echo"), "method", "POST", "body", Map.of("k", "v")));
    call(Map.of("url", server.url("/echo"), "method", "put", "body", "plain"));

    assertThat(server.received())
        .extracting(
            LocalHttpServer.Received::method,
            LocalHttpServer.Received::contentType,
            LocalHttpServer.Received::body)
        .containsExactly(
            tuple("POST", "application/json", "{\"k\":\"v\"}"),
            tuple("PUT", "text/plain; charset=utf-8", "plain"));
  }

  @Test
  void turnsHtmlIntoReadableTextWhenAsked() throws Exception {
    server.route(
        "/page",
        ex ->
            reply(
                ex,
                200,
                "text/html",
                "<html><head><title>Haber</title><style>p{}</style></head><body><h1>Başlık</h1>"
                    + "<script>alert(1)</script><p>One &amp; two</p></body></html>"));

    Map<?, ?> out = call(Map.of("url", server.url("/page"), "response_format", "html_text"));

    assertThat(out.get("body")).isEqualTo("Haber\n\nBaşlık\n\nOne & two");
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() throws Exception {
    server.route(
        "/old",
        ex -> {
          ex.getResponseHeaders().add("Location", "/new");
          reply(ex, 302, null, "");
        });
    server.route("/new", ex -> reply(ex, 200, "text/plain", "moved here"));

    Map<?, ?> out = call(Map.of("url", server.url("/old")));

    assertThat(out.get("url")).isEqualTo(server.url("/new"));
    assertThat(out.get("body")).isEqualTo("moved here");
  }

  @Test
  void aSeeOtherBecomesAGetAndCredentialsDoNotLeaveTheOrigin() throws Exception {
    try (var other = new LocalHttpServer()) {
      other.route("/landing", ex -> reply(ex, 200, "text/plain", "landed"));
      server.route(
          "/submit",
          ex -> {
            ex.getResponseHeaders().add("Location", other.url("/landing"));
            reply(ex, 303, null, "");
          });

      call(
          Map.of(
              "url",
              server.url("/submit"),
              "method",
              "POST",
              "body",
              "form",
              "headers",
              Map.of("Authorization", "Bearer secret")));

      assertThat(server.received().getFirst().authorization()).isEqualTo("Bearer secret");
      LocalHttpServer.Received landed = other.received().getFirst();
      assertThat(landed.method()).isEqualTo("GET");
      assertThat(landed.body()).isEmpty();
      assertThat(landed.authorization()).as("another port is another origin").isNull();
    }
  }

  @Test
  void stopsAfterFiveRedirects() throws Exception {
    server.route(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          reply(ex, 307, null, "");
        });

    failure(() -> call(Map.of("url", server.url("/loop"))), "http.too_many_redirects", false);
    assertThat(server.received()).hasSize(6);
  }

  @Test
  void checksEveryRedirectTargetBeforeConnecting() throws Exception {
    server.route(
        "/away",
        ex -> {
          ex.getResponseHeaders().add("Location", "http://10.0.0.1/metadata");
          reply(ex, 302, null, "");
        });
    var onlyLoopback = handler(new HostAllowList(List.of("127.0.0.1")), Duration.ofSeconds(5));

    failure(
        () ->
            onlyLoopback.execute(
                InMemoryTaskContext.of(artifacts, Map.of("url", server.url("/away")))),
        "http.forbidden_target",
        false);
  }

  @Test
  void clientErrorsAreFinalAndServerErrorsRetryable() throws Exception {
    server.route("/missing", ex -> reply(ex, 404, "text/plain", "no such thing"));
    server.route("/busy", ex -> reply(ex, 429, "text/plain", "slow down"));
    server.route("/broken", ex -> reply(ex, 503, "text/plain", "down"));

    var notFound =
        failure(() -> call(Map.of("url", server.url("/missing"))), "http.status_4xx", false);
    assertThat(notFound.getMessage()).contains("404").contains("no such thing");
    failure(() -> call(Map.of("url", server.url("/busy"))), "http.status_4xx", true);
    failure(() -> call(Map.of("url", server.url("/broken"))), "http.unavailable", true);
  }

  @Test
  void refusesBodiesAboveTheLimitWithOrWithoutAContentLength() throws Exception {
    server.route("/big", ex -> reply(ex, 200, "text/plain", "x".repeat(2000)));
    server.route(
        "/stream",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          ex.getResponseBody().write("y".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        });
    server.route("/small", ex -> reply(ex, 200, "text/plain", "x".repeat(100)));

    failure(() -> call(Map.of("url", server.url("/big"))), "http.too_large", false);
    failure(() -> call(Map.of("url", server.url("/stream"))), "http.too_large", false);
    failure(
        () -> call(Map.of("url", server.url("/small"), "max_bytes", 50)), "http.too_large", false);
  }

  @Test
  void slowServersTimeOutAsRetryable() throws Exception {
    server.route(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(ex, 200, "text/plain", "late");
        });
    var impatient = handler(new HostAllowList(List.of()), Duration.ofMillis(300));

    failure(
        () ->
            impatient.execute(
                InMemoryTaskContext.of(artifacts, Map.of("url", server.url("/slow")))),
        "http.unavailable",
        true);
  }

  @Test
  void unreachableServersAreRetryable() throws Exception {
    int port = server.port();
    server.close();

    failure(() -> call(Map.of("url", "http://127.0.0.1:" + port + "/")), "http.unavailable", true);
  }

  @Test
  void refusesBadParameters() throws Exception {
    failure(() -> call(Map.of("url", "not a url")), "task.bad_param", false);
    failure(() -> call(Map.of("url", "/relative")), "task.bad_param", false);
    failure(() -> call(Map.of("url", server.url("/"), "method", "TRACE")), "task.bad_param", false);
    failure(
        () -> call(Map.of("url", server.url("/"), "headers", Map.of("Host", "evil"))),
        "task.bad_param",
        false);
  }
}
