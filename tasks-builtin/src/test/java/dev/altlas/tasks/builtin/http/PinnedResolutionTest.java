package dev.altlas.tasks.builtin.http;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static dev.altlas.tasks.builtin.testing.LocalHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import dev.altlas.tasks.builtin.testing.LocalHttpServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check and the connection use one resolution of the host name: a DNS answer that changes after
 * the check (DNS rebinding) never decides where the request goes.
 */
class PinnedResolutionTest {
  /** TEST-NET-1: a public address as far as the guard is concerned, where nothing answers. */
  private static final String PUBLIC = "192.0.2.10";

  @TempDir Path artifacts;
  private final LocalHttpServer server = new LocalHttpServer();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers {@code first} the first time it is asked, {@code later} every time after. */
  private static final class RebindingResolver implements HostResolver {
    private final AtomicInteger asked = new AtomicInteger();
    private final String first;
    private final String later;

    RebindingResolver(String first, String later) {
      this.first = first;
      this.later = later;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      String answer = asked.getAndIncrement() == 0 ? first : later;
      return new InetAddress[] {InetAddress.getByName(answer)};
    }
  }

  private Map<?, ?> call(HostResolver resolver, boolean allowPrivate, String url) throws Exception {
    var settings =
        new HttpSettings(new HostAllowList(List.of()), allowPrivate, 1024, Duration.ofSeconds(2));
    var handler = new HttpRequestHandler(new GuardedHttp(settings, resolver), 1024);
    return (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, Map.of("url", url)));
  }

  @Test
  void aHostThatTurnsIntoLoopbackAfterTheCheckIsNeverConnectedTo() {
    server.route("/", ex -> reply(ex, 200, "text/plain", "loopback reached"));
    var resolver = new RebindingResolver(PUBLIC, "127.0.0.1");

    // The checked public address does not answer; what matters is where the request did not go.
    failure(
        () -> call(resolver, false, "http://rebind.test:" + server.port() + "/"),
        "http.unavailable",
        true);

    assertThat(server.received()).as("requests that reached loopback").isEmpty();
    assertThat(resolver.asked).as("resolutions of the host").hasValue(1);
  }

  @Test
  void aHostThatIsLoopbackAtTheCheckIsRefused() {
    server.route("/", ex -> reply(ex, 200, "text/plain", "loopback reached"));
    var resolver = new RebindingResolver("127.0.0.1", PUBLIC);

    failure(
        () -> call(resolver, false, "http://rebind.test:" + server.port() + "/"),
        "http.forbidden_target",
        false);

    assertThat(server.received()).isEmpty();
  }

  @Test
  void theConnectionGoesToTheCheckedAddressAndTheRequestStillNamesTheHost() throws Exception {
    server.route("/", ex -> reply(ex, 200, "text/plain", ex.getRequestHeaders().getFirst("Host")));
    // Private targets allowed: only the pinning decides where a name that DNS does not know goes.
    var resolver = new RebindingResolver("127.0.0.1", PUBLIC);

    Map<?, ?> out = call(resolver, true, "http://service.test:" + server.port() + "/");

    assertThat(out.get("body")).isEqualTo("service.test:" + server.port());
    assertThat(resolver.asked).hasValue(1);
  }
}
