package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.opensearch.OpenSearchIndex;
import dev.altlas.search.opensearch.OpenSearchSettings;
import java.util.List;

/**
 * Our {@link OpenSearchIndex}, as the archive uses it: its template, first concrete index and
 * aliases under a prefix of its own, one shard, no replicas.
 */
final class OurOpenSearch implements SearchSubject {
  private final OpenSearchCluster cluster;
  private final OpenSearchSettings settings;
  private final OpenSearchIndex index;

  OurOpenSearch(OpenSearchCluster cluster, String prefix) {
    this.cluster = cluster;
    this.settings = new OpenSearchSettings(cluster.url(), null, null, prefix, 1, 0);
    this.index = OpenSearchIndex.open(settings, Synonyms.builtin());
  }

  @Override
  public void index(List<ArchivedRun> runs) {
    index.index(runs);
  }

  @Override
  public void refresh() {
    index.refresh();
  }

  @Override
  public QueryAnswer search(BenchQuery query) {
    SearchResult result = index.search(query.toSearchQuery());
    return new QueryAnswer(
        result.total(), result.hits().stream().map(SearchHit::runId).toList(), result.facets());
  }

  @Override
  public IndexShape shape() {
    return cluster.shape(settings.indexPattern());
  }

  @Override
  public void close() {
    index.close();
    cluster.delete(settings.indexPattern(), settings.templateName());
  }
}
