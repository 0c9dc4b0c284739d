package dev.altlas.tasks.builtin.http;

import dev.altlas.format.DurationText;
import dev.altlas.task.TaskFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends requests only to targets the {@link TargetGuard} allows, and only to the addresses it
 * checked: the client resolves host names through {@link PinnedAddresses} alone, so the check and
 * the connection use one resolution (no DNS rebinding). Redirects are followed here, not by the
 * client, so that every hop is checked (and pinned) before it is connected to; one deadline covers
 * all hops. Apache HttpClient 5 is used because the JDK client cannot take a resolver (ADR 0009).
 */
public final class GuardedHttp {
  /** Headers the client sets itself, from the request; a task may not set them. */
  private static final Set<String> MANAGED_HEADERS =
      Set.of(
          "connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "te");

  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private static final Lookup<TlsSocketStrategy> TLS =
      RegistryBuilder.<TlsSocketStrategy>create()
          .register("https", DefaultClientTlsStrategy.createDefault())
          .build();

  private final TargetGuard guard;
  private final Duration timeout;

  public GuardedHttp(HttpSettings settings) {
    this(settings, HostResolver.SYSTEM);
  }

  /**
   * @param resolver how the guard resolves host names (the connection uses its answers only)
   */
  GuardedHttp(HttpSettings settings, HostResolver resolver) {
    this.guard = new TargetGuard(settings.allowList(), settings.allowPrivate(), resolver);
    this.timeout = settings.timeout();
  }

  /**
   * Sends the request, following redirects to allowed targets.
   *
   * @param maxRedirects 0 to return a redirect as the response
   */
  public ReceivedResponse exchange(OutgoingRequest request, long maxBytes, int maxRedirects)
      throws TaskFailure, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    var pins = new PinnedAddresses();
    CloseableHttpClient client = client(pins);
    try {
      var exchange =
          new FutureTask<>(() -> follow(client, pins, request, maxBytes, maxRedirects, deadline));
      Thread.ofVirtual().name("http-exchange").start(exchange);
      return exchange.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      client.close(CloseMode.IMMEDIATE);
      throw e;
    } catch (TimeoutException e) {
      // Closing the client closes its socket, which ends a read the exchange is blocked in.
      client.close(CloseMode.IMMEDIATE);
      throw timedOut(request.uri());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof TaskFailure failure
          ? failure
          : new TaskFailure(
              "http.unavailable",
              "cannot reach " + request.uri() + ": " + reason(e.getCause()),
              true,
              e.getCause());
    } finally {
      client.close(CloseMode.GRACEFUL);
    }
  }

  private ReceivedResponse follow(
      CloseableHttpClient client,
      PinnedAddresses pins,
      OutgoingRequest request,
      long maxBytes,
      int maxRedirects,
      long deadline)
      throws TaskFailure {
    OutgoingRequest current = request;
    for (int redirects = 0; ; redirects++) {
      List<InetAddress> checked = guard.check(current.uri());
      pins.pin(current.uri().getHost(), checked);
      ReceivedResponse response = send(client, current, maxBytes);
      Optional<String> location = response.redirectLocation();
      if (location.isEmpty() || maxRedirects == 0) {
        return response;
      }
      if (redirects == maxRedirects) {
        throw new TaskFailure(
            "http.too_many_redirects",
            request.uri() + " redirected more than " + maxRedirects + " times",
            false);
      }
      if (System.nanoTime() >= deadline) {
        throw timedOut(request.uri());
      }
      current = current.redirectedTo(resolve(current.uri(), location.get()), response.status());
    }
  }

  private CloseableHttpClient client(PinnedAddresses pins) {
    var connections = BasicHttpClientConnectionManager.create(null, pins, TLS, null);
    Timeout limit = Timeout.of(timeout);
    connections.setConnectionConfig(
        ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build());
    return HttpClients.custom()
        .setConnectionManager(connections)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableContentCompression()
        .build();
  }

  private static ReceivedResponse send(
      CloseableHttpClient client, OutgoingRequest request, long maxBytes) throws TaskFailure {
    var message = new BasicClassicHttpRequest(request.method(), request.uri());
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      checkHeader(header.getKey(), header.getValue());
      message.addHeader(header.getKey(), header.getValue());
    }
    if (request.body() != null) {
      message.setEntity(new ByteArrayEntity(request.body(), null));
    }
    try (ClassicHttpResponse response = client.executeOpen(null, message, null)) {
      return new ReceivedResponse(
          request.uri(),
          response.getCode(),
          firstValues(response.getHeaders()),
          body(response.getEntity(), request.uri(), maxBytes));
    } catch (IOException e) {
      throw new TaskFailure(
          "http.unavailable", "cannot reach " + request.uri() + ": " + reason(e), true, e);
    }
  }

  private static void checkHeader(String name, String value) throws TaskFailure {
    if (!HEADER_NAME.matcher(name).matches()) {
      throw TaskFailure.badParam("headers", "has the invalid header name '" + name + "'");
    }
    if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw TaskFailure.badParam(
          "headers", "sets " + name + ", which the HTTP client sets itself; leave it out");
    }
    if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
      throw TaskFailure.badParam("headers", "has a line break in the value of " + name);
    }
  }

  /** The body, read no further than one byte past the limit, so it cannot exhaust memory. */
  private static byte[] body(HttpEntity entity, URI uri, long maxBytes)
      throws IOException, TaskFailure {
    if (entity == null) {
      return new byte[0];
    }
    if (entity.getContentLength() > maxBytes) {
      throw tooLarge(uri, maxBytes);
    }
    try (InputStream in = entity.getContent()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(uri, maxBytes);
      }
      return bytes;
    }
  }

  private static Map<String, String> firstValues(Header[] headers) {
    var out = new TreeMap<String, String>();
    for (Header header : headers) {
      out.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
    }
    return out;
  }

  private static URI resolve(URI base, String location) throws TaskFailure {
    try {
      return base.resolve(location.trim());
    } catch (IllegalArgumentException e) {
      throw new TaskFailure(
          "http.bad_redirect", base + " redirected to the malformed URL '" + location + "'", false);
    }
  }

  private TaskFailure timedOut(URI uri) {
    return new TaskFailure(
        "http.unavailable",
        uri + " gave no complete answer within " + DurationText.format(timeout),
        true);
  }

  private static TaskFailure tooLarge(URI uri, long maxBytes) {
    return new TaskFailure(
        "http.too_large",
        uri + " answered with more than " + maxBytes + " bytes; raise max_bytes",
        false);
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
