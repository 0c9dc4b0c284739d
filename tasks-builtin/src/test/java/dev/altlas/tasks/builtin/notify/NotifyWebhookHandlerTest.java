package dev.altlas.tasks.builtin.notify;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static dev.altlas.tasks.builtin.testing.LocalHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.http.GuardedHttp;
import dev.altlas.tasks.builtin.http.HostAllowList;
import dev.altlas.tasks.builtin.http.HttpSettings;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import dev.altlas.tasks.builtin.testing.LocalHttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifyWebhookHandlerTest {
  @TempDir Path artifacts;
  private final LocalHttpServer server = new LocalHttpServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private static NotifyWebhookHandler handler(boolean allowPrivate) {
    return new NotifyWebhookHandler(
        new GuardedHttp(
            new HttpSettings(
                new HostAllowList(List.of()), allowPrivate, 1024, Duration.ofSeconds(5))));
  }

  @Test
  void postsThePayloadAsJsonOnce() throws Exception {
    server.route("/hook", ex -> reply(ex, 204, null, ""));
    var context =
        InMemoryTaskContext.of(
            artifacts,
            Map.of(
                "url",
                server.url("/hook"),
                "payload",
                Map.of("run", "r1", "ok", true),
                "headers",
                Map.of("X-Token", "t")));

    Object first = handler(true).execute(context);
    Object second = handler(true).execute(context);

    assertThat(first).isEqualTo(Map.of("status", 204)).isEqualTo(second);
    assertThat(server.received()).hasSize(1);
    LocalHttpServer.Received received = server.received().getFirst();
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.contentType()).isEqualTo("application/json");
    assertThat(Json.parse(received.body())).contains(Map.of("run", "r1", "ok", true));
  }

  @Test
  void requiresASuccessStatus() throws Exception {
    server.route("/down", ex -> reply(ex, 502, "text/plain", "bad gateway"));
    server.route("/no", ex -> reply(ex, 400, "text/plain", "bad payload"));
    server.route(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/hook");
          reply(ex, 301, null, "");
        });

    failure(() -> send("/down", "POST"), "notify.unavailable", true);
    var rejected = failure(() -> send("/no", "PUT"), "notify.rejected", false);
    assertThat(rejected.getMessage()).contains("400").contains("bad payload");
    failure(() -> send("/moved", "POST"), "notify.rejected", false);
    failure(() -> send("/no", "GET"), "task.bad_param", false);
  }

  @Test
  void privateTargetsAreRefusedUnlessAllowed() throws Exception {
    server.route("/hook", ex -> reply(ex, 200, null, ""));

    failure(
        () ->
            handler(false)
                .execute(
                    InMemoryTaskContext.of(
                        artifacts, Map.of("url", server.url("/hook"), "payload", "x"))),
        "http.forbidden_target",
        false);
    assertThat(server.received()).isEmpty();
  }

  private Object send(String path, String method) throws Exception {
    return handler(true)
        .execute(
            InMemoryTaskContext.of(
                artifacts,
                Map.of("url", server.url(path), "payload", List.of(1), "method", method)));
  }
}
