package dev.altlas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opensearch.Version;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * The OpenSearch cluster the tests use: the one at {@code ALTLAS_OPENSEARCH_URL} when that is set,
 * else a real single node started inside this JVM (once, stopped when the JVM exits). Each test
 * takes its own index prefix, so tests sharing the node do not see each other's runs.
 */
public final class OpenSearchTestNode {

  /** Set to use a running cluster instead of the in-JVM node. */
  public static final String URL_VARIABLE = "ALTLAS_OPENSEARCH_URL";

  private static final List<String> MODULES =
      List.of(
          "org.opensearch.transport.Netty4ModulePlugin",
          "org.opensearch.analysis.common.CommonAnalysisModulePlugin",
          "org.opensearch.index.mapper.MapperExtrasModulePlugin",
          "org.opensearch.painless.PainlessModulePlugin",
          "org.opensearch.index.reindex.ReindexModulePlugin");

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static String url;
  private static Duration startTime = Duration.ZERO;

  private OpenSearchTestNode() {}

  /** The cluster's URL, starting the in-JVM node on first use. */
  public static synchronized String url() {
    if (url == null) {
      String external = System.getenv(URL_VARIABLE);
      url = external != null && !external.isBlank() ? external.strip() : startNode();
    }
    return url;
  }

  /** How long the in-JVM node took to start; zero for an external cluster. */
  public static synchronized Duration startTime() {
    url();
    return startTime;
  }

  /** A fresh index prefix, unused on the test cluster by this or any other test JVM. */
  public static String newIndexPrefix() {
    return "test-" + ProcessHandle.current().pid() + "-" + PREFIXES.incrementAndGet();
  }

  /** A plain HTTP answer from the test cluster. */
  public record Answer(int status, String body) {}

  /**
   * Sends a request to the test cluster outside the adapter, e.g. to inspect or damage an index.
   */
  public static Answer request(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String startNode() {
    long started = System.nanoTime();
    try {
      Path home = Files.createTempDirectory("altlas-opensearch");
      int httpPort = freePort();
      Settings settings =
          Settings.builder()
              .put("cluster.name", "altlas-test")
              .put("node.name", "altlas-test-node")
              .put("path.home", home.toString())
              .put("path.data", home.resolve("data").toString())
              .put("path.logs", home.resolve("logs").toString())
              .put("network.host", "127.0.0.1")
              .put("http.port", httpPort)
              .put("transport.port", freePort())
              .put("discovery.type", "single-node")
              .put("cluster.routing.allocation.disk.threshold_enabled", false)
              // tests index small batches and refresh explicitly
              .put("action.auto_create_index", false)
              .build();
      TestNode node =
          new TestNode(
              InternalSettingsPreparer.prepareEnvironment(
                  settings, Map.of(), home.resolve("config"), () -> "altlas-test-node"));
      node.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stop(node, home), "opensearch-test-node-stop"));
      startTime = Duration.ofNanos(System.nanoTime() - started);
      String address = "http://127.0.0.1:" + httpPort;
      System.out.printf(
          "in-JVM OpenSearch %s node started in %d ms at %s%n",
          Version.CURRENT, startTime.toMillis(), address);
      return address;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-JVM OpenSearch node", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the in-JVM OpenSearch node", e);
    }
  }

  private static void stop(Node node, Path home) {
    try {
      node.close();
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // the JVM is exiting; a leftover temp directory is all that is lost
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A node with the modules on the class path loaded as plugins. */
  private static final class TestNode extends Node {
    TestNode(org.opensearch.env.Environment environment) {
      super(environment, plugins(), true);
    }

    private static List<PluginInfo> plugins() {
      return MODULES.stream()
          .map(
              className ->
                  new PluginInfo(
                      className,
                      "class path module",
                      Version.CURRENT.toString(),
                      Version.CURRENT,
                      "21",
                      className,
                      List.of(),
                      false))
          .toList();
    }

    /** As the OpenSearch test framework's MockNode: lets a node start again in the same JVM. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}
  }
}
