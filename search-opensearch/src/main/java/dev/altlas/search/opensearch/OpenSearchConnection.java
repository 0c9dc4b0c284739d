package dev.altlas.search.opensearch;

import dev.altlas.archive.InvalidQueryException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client to one cluster, and the translation of its failures: a connection failure names the
 * URL, a rejected search is an {@link InvalidQueryException}, any other refusal an {@link
 * OpenSearchRequestException} saying what was asked.
 */
final class OpenSearchConnection implements AutoCloseable {

  /** A request that may fail with the client's exceptions. */
  @FunctionalInterface
  interface Call<T> {
    T run(OpenSearchClient client) throws IOException;
  }

  /** A raw answer, for the endpoints the typed client does not cover. */
  record RawResponse(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final String url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;
  private final JsonMapper json;

  private OpenSearchConnection(
      String url, ApacheHttpClient5Transport transport, OpenSearchClient client, JsonMapper json) {
    this.url = url;
    this.transport = transport;
    this.client = client;
    this.json = json;
  }

  static OpenSearchConnection open(OpenSearchSettings settings) {
    // the client reads values (a hit's source) out of a larger response
    JsonMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    URI uri = URI.create(settings.url());
    HttpHost host =
        new HttpHost(
            uri.getScheme(),
            uri.getHost(),
            uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80);
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper(json));
    if (uri.getPath() != null && !uri.getPath().isBlank()) {
      builder.setPathPrefix(uri.getPath());
    }
    if (settings.username() != null) {
      String credentials = settings.username() + ":" + Objects.toString(settings.password(), "");
      builder.setDefaultHeaders(
          new Header[] {
            new BasicHeader(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
          });
    }
    ApacheHttpClient5Transport transport = builder.build();
    return new OpenSearchConnection(
        settings.url(), transport, new OpenSearchClient(transport), json);
  }

  String url() {
    return url;
  }

  JsonMapper json() {
    return json;
  }

  /** Runs an administrative request; {@code what} completes "cannot …" in messages. */
  <T> T call(String what, Call<T> call) {
    try {
      return call.run(client);
    } catch (OpenSearchException e) {
      throw new OpenSearchRequestException(
          "OpenSearch at " + url + " refused to " + what + ": " + reason(e.error()), e.status(), e);
    } catch (IOException e) {
      throw unavailable(what, e);
    }
  }

  /** Runs a search; OpenSearch's objections to the query become {@link InvalidQueryException}. */
  <T> T search(Call<T> call) {
    try {
      return call.run(client);
    } catch (OpenSearchException e) {
      // 401, 403 and 404 (no such index or alias) are about the cluster, not the query
      if (e.status() >= 400 && e.status() < 500 && !List.of(401, 403, 404).contains(e.status())) {
        throw new InvalidQueryException("OpenSearch rejected the search: " + reason(e.error()));
      }
      throw new OpenSearchRequestException(
          "OpenSearch at " + url + " failed the search: " + reason(e.error()), e.status(), e);
    } catch (IOException e) {
      throw unavailable("search", e);
    }
  }

  /** A request by method and path, for endpoints outside the typed client (e.g. plugins). */
  RawResponse raw(String method, String path, String body) {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
    if (body != null) {
      request.json(body);
    }
    try (Response response = client.generic().execute(request.build())) {
      JsonNode parsed =
          response
              .getBody()
              .map(Body::bodyAsString)
              .filter(s -> !s.isBlank())
              .map(json::readTree)
              .orElse(json.nullNode());
      return new RawResponse(response.getStatus(), parsed);
    } catch (IOException e) {
      throw unavailable(method + " " + path, e);
    }
  }

  /** A raw request that must succeed; {@code what} completes "refused to …" in messages. */
  JsonNode rawOk(String what, String method, String path, String body) {
    return check(raw(method, path, body), what);
  }

  JsonNode check(RawResponse response, String what) {
    if (!response.ok()) {
      JsonNode error = response.body().path("error");
      String reason =
          error.isObject()
              ? error.path("type").asString() + ": " + error.path("reason").asString()
              : response.body().toString();
      throw new OpenSearchRequestException(
          "OpenSearch at " + url + " refused to " + what + ": " + reason, response.status(), null);
    }
    return response.body();
  }

  private OpenSearchUnavailableException unavailable(String what, IOException e) {
    return new OpenSearchUnavailableException(
        "cannot reach OpenSearch at " + url + " to " + what + ": " + e, e);
  }

  /** The reasons of an error and its root causes, without repeats. */
  static String reason(ErrorCause error) {
    if (error == null) {
      return "no reason given";
    }
    List<String> reasons =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(error),
                error.rootCause() == null
                    ? java.util.stream.Stream.empty()
                    : error.rootCause().stream())
            .map(c -> c.type() + ": " + c.reason())
            .distinct()
            .toList();
    String causedBy =
        error.causedBy() == null ? "" : " (caused by " + reason(error.causedBy()) + ")";
    return reasons.stream().collect(Collectors.joining("; ")) + causedBy;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // nothing is pending once the owner closes; a failed socket close loses nothing
    }
  }
}
