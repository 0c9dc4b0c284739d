package dev.altlas.search.opensearch;

import dev.altlas.testkit.OpenSearchTestNode;

/** Adapter settings for the test cluster, each with an index prefix of its own. */
final class TestIndexes {
  private TestIndexes() {}

  static OpenSearchSettings settings() {
    return new OpenSearchSettings(
        OpenSearchTestNode.url(), null, null, OpenSearchTestNode.newIndexPrefix(), 1, 0);
  }
}
