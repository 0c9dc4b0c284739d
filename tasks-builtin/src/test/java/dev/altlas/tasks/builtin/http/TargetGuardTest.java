package dev.altlas.tasks.builtin.http;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import dev.altlas.tasks.builtin.testing.LocalHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without {@code altlas.http.allow_private}, private targets are refused before any connection is
 * made. Only the loopback server below could answer; every other address must not see traffic, so
 * the refusals are checked on the guard and on the handler without a network.
 */
class TargetGuardTest {
  @TempDir Path artifacts;
  private final TargetGuard publicOnly = new TargetGuard(new HostAllowList(List.of()), false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost/",
        "http://192.168.1.1/",
        "http://0.0.0.0/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fd00::1]/",
        "http://2130706433/"
      })
  void refusesPrivateTargets(String url) {
    var refused = failure(() -> publicOnly.check(URI.create(url)), "http.forbidden_target", false);
    assertThat(refused.getMessage()).contains(HttpSettings.ALLOW_PRIVATE);
  }

  @Test
  void theHandlerRefusesLoopbackWithoutSendingAnything() throws Exception {
    try (var server = new LocalHttpServer()) {
      server.route("/", ex -> LocalHttpServer.reply(ex, 200, "text/plain", "reached"));
      var settings =
          new HttpSettings(new HostAllowList(List.of()), false, 1024, Duration.ofSeconds(2));
      var handler = new HttpRequestHandler(new GuardedHttp(settings), 1024);

      for (String url :
          List.of(
              server.url("/"),
              "http://localhost:" + server.port() + "/",
              "http://[::1]:" + server.port() + "/")) {
        failure(
            () -> handler.execute(InMemoryTaskContext.of(artifacts, Map.of("url", url))),
            "http.forbidden_target",
            false);
      }
      assertThat(server.received()).isEmpty();
    }
  }

  @Test
  void refusesOtherSchemesAndHostsOffTheAllowList() {
    var allowList =
        new TargetGuard(new HostAllowList(List.of("example.com", "*.example.org")), true);

    failure(
        () -> allowList.check(URI.create("ftp://example.com/")), "http.forbidden_target", false);
    failure(
        () -> allowList.check(URI.create("file:///etc/passwd")), "http.forbidden_target", false);
    failure(() -> allowList.check(URI.create("http://evil.com/")), "http.forbidden_target", false);
    failure(
        () -> allowList.check(URI.create("http://example.com.evil.com/")),
        "http.forbidden_target",
        false);
    failure(
        () -> allowList.check(URI.create("http://example.org/")), "http.forbidden_target", false);
  }

  @Test
  void allowListMatchesExactNamesAndSubdomains() {
    var allow = new HostAllowList(List.of("Example.com", "*.example.org"));

    assertThat(allow.allows("example.com")).isTrue();
    assertThat(allow.allows("EXAMPLE.COM.")).isTrue();
    assertThat(allow.allows("api.example.org")).isTrue();
    assertThat(allow.allows("a.b.example.org")).isTrue();
    assertThat(allow.allows("example.org")).isFalse();
    assertThat(allow.allows("www.example.com")).isFalse();
    assertThat(allow.allows("badexample.org")).isFalse();
    assertThat(new HostAllowList(List.of()).allows("anything.net")).isTrue();
  }
}
