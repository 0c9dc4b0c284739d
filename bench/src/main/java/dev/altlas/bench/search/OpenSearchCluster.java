package dev.altlas.bench.search;

import dev.altlas.testkit.OpenSearchTestNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenSearch cluster both OpenSearch systems use: the one at {@code ALTLAS_OPENSEARCH_URL},
 * else a real node started inside this JVM ({@link OpenSearchTestNode}); and a plain
 * opensearch-java client to it, which the raw baseline searches with and the harness cleans up
 * with.
 */
final class OpenSearchCluster implements AutoCloseable {
  private final String url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;

  private OpenSearchCluster(String url, ApacheHttpClient5Transport transport) {
    this.url = url;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  static OpenSearchCluster connect() {
    String url = OpenSearchTestNode.url();
    URI uri = URI.create(url);
    // the client reads a hit's source out of the larger response, which Jackson 3 refuses by
    // default as trailing tokens
    JsonMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    ApacheHttpClient5Transport transport =
        ApacheHttpClient5TransportBuilder.builder(
                new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
            .setMapper(new JacksonJsonpMapper(json))
            .build();
    return new OpenSearchCluster(url, transport);
  }

  String url() {
    return url;
  }

  OpenSearchClient client() {
    return client;
  }

  /** The server's version and where it runs, for the report. */
  String describe() {
    String external = System.getenv(OpenSearchTestNode.URL_VARIABLE);
    try {
      return "OpenSearch %s at %s (%s); every index 1 shard, 0 replicas"
          .formatted(
              client.info().version().number(),
              url,
              external == null || external.isBlank()
                  ? "a node inside this JVM"
                  : OpenSearchTestNode.URL_VARIABLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The primary store size and segments of the indexes matching {@code pattern}. */
  IndexShape shape(String pattern) {
    try {
      long bytes =
          client
              .indices()
              .stats(s -> s.index(pattern).metric(IndicesStatsMetric.Store))
              .all()
              .primaries()
              .store()
              .sizeInBytes();
      int segments = client.cat().segments(s -> s.index(pattern)).valueBody().size();
      return new IndexShape(bytes, segments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the indexes matching {@code pattern}, and the index template when one is named. */
  void delete(String pattern, String template) {
    try {
      client.indices().delete(d -> d.index(pattern).ignoreUnavailable(true).allowNoIndices(true));
      if (template != null) {
        client.indices().deleteIndexTemplate(d -> d.name(template));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // the benchmark is over; a socket that does not close cleanly loses nothing
    }
  }
}
