package dev.altlas.tasks.builtin.http;

import dev.altlas.format.DurationText;
import dev.altlas.task.TaskFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests only to targets the {@link TargetGuard} allows. Redirects are followed here, not
 * by the client, so that every hop is checked before it is connected to; one deadline covers all
 * hops.
 */
public final class GuardedHttp {
  private final HttpClient client;
  private final TargetGuard guard;
  private final Duration timeout;

  public GuardedHttp(HttpSettings settings) {
    this.guard = new TargetGuard(settings.allowList(), settings.allowPrivate());
    this.timeout = settings.timeout();
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .build();
  }

  /**
   * Sends the request, following redirects to allowed targets.
   *
   * @param maxRedirects 0 to return a redirect as the response
   */
  public ReceivedResponse exchange(OutgoingRequest request, long maxBytes, int maxRedirects)
      throws TaskFailure, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    OutgoingRequest current = request;
    for (int redirects = 0; ; redirects++) {
      guard.check(current.uri());
      ReceivedResponse response = send(current, maxBytes, deadline);
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
      current = current.redirectedTo(resolve(current.uri(), location.get()), response.status());
    }
  }

  private ReceivedResponse send(OutgoingRequest request, long maxBytes, long deadline)
      throws TaskFailure, InterruptedException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut(request.uri());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            build(request, Duration.ofNanos(remaining)),
            info ->
                new LimitedBodySubscriber(
                    maxBytes, info.headers().firstValueAsLong("content-length")));
    try {
      HttpResponse<byte[]> response = future.get(remaining, TimeUnit.NANOSECONDS);
      return new ReceivedResponse(
          request.uri(), response.statusCode(), firstValues(response.headers()), response.body());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(request.uri());
    } catch (ExecutionException e) {
      throw failure(request.uri(), e.getCause(), maxBytes);
    }
  }

  private static HttpRequest build(OutgoingRequest request, Duration remaining) throws TaskFailure {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    var builder =
        HttpRequest.newBuilder(request.uri()).timeout(remaining).method(request.method(), body);
    try {
      request.headers().forEach(builder::header);
    } catch (IllegalArgumentException e) {
      // The client refuses headers it manages itself (Host, Content-Length, Connection, …).
      throw TaskFailure.badParam("headers", e.getMessage());
    }
    return builder.build();
  }

  private static Map<String, String> firstValues(HttpHeaders headers) {
    var out = new TreeMap<String, String>();
    headers
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":") && !values.isEmpty()) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), values.getFirst());
              }
            });
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

  private static TaskFailure failure(URI uri, Throwable cause, long maxBytes) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ResponseTooLarge) {
        return new TaskFailure(
            "http.too_large",
            uri + " answered with more than " + maxBytes + " bytes; raise max_bytes",
            false,
            t);
      }
    }
    return new TaskFailure("http.unavailable", "cannot reach " + uri + ": " + cause, true, cause);
  }
}
