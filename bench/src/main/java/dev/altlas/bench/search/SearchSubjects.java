package dev.altlas.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens each system on a fresh, empty index: the Lucene ones in directories under one temporary
 * directory, the OpenSearch ones on one cluster, started before the first is opened.
 */
final class SearchSubjects implements AutoCloseable {
  private final Path root;
  private OpenSearchCluster cluster;

  SearchSubjects() {
    try {
      root = Files.createTempDirectory("altlas-bench-search");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cluster, connected (and the in-JVM node started) on first use. */
  synchronized OpenSearchCluster cluster() {
    if (cluster == null) {
      cluster = OpenSearchCluster.connect();
    }
    return cluster;
  }

  /** Where the Lucene indexes live. */
  Path directory() {
    return root;
  }

  /**
   * @param name unique among the indexes open at once, lower case
   */
  SearchSubject open(SearchSystem system, String name) {
    String unique = system.key() + "-" + name;
    return switch (system) {
      case LUCENE -> OurAdapter.lucene(root.resolve(unique));
      case LUCENE_RAW -> new RawLucene(root.resolve(unique));
      case OPENSEARCH -> OurAdapter.openSearch(cluster(), "altlas-bench-" + unique);
      case OPENSEARCH_RAW -> new RawOpenSearch(cluster(), "altlas-bench-" + unique);
    };
  }

  @Override
  public synchronized void close() {
    if (cluster != null) {
      cluster.close();
    }
    Directories.delete(root);
  }
}
