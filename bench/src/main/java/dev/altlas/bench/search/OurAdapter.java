package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.search.opensearch.OpenSearchIndex;
import dev.altlas.search.opensearch.OpenSearchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** One of our {@link SearchIndex} adapters, used as the archive uses it. */
final class OurAdapter implements SearchSubject {
  private final SearchIndex index;
  private final Supplier<IndexShape> shape;
  private final Runnable deleteIndex;

  private OurAdapter(SearchIndex index, Supplier<IndexShape> shape, Runnable deleteIndex) {
    this.index = index;
    this.shape = shape;
    this.deleteIndex = deleteIndex;
  }

  /** Our {@link LuceneSearchIndex} on a local directory. */
  static OurAdapter lucene(Path directory) {
    return new OurAdapter(
        LuceneSearchIndex.open(directory, Synonyms.builtin()),
        () -> luceneShape(directory),
        () -> Directories.delete(directory));
  }

  /**
   * Our {@link OpenSearchIndex}: its template, first concrete index and aliases under a prefix of
   * its own, one shard, no replicas.
   */
  static OurAdapter openSearch(OpenSearchCluster cluster, String prefix) {
    var settings = new OpenSearchSettings(cluster.url(), null, null, prefix, 1, 0);
    return new OurAdapter(
        OpenSearchIndex.open(settings, Synonyms.builtin()),
        () -> cluster.shape(settings.indexPattern()),
        () -> cluster.delete(settings.indexPattern(), settings.templateName()));
  }

  /** Read through a reader of the last commit, beside the adapter's own. */
  private static IndexShape luceneShape(Path directory) {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
      return new IndexShape(Directories.size(directory), reader.leaves().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return shape.get();
  }

  @Override
  public void close() {
    index.close();
    deleteIndex.run();
  }
}
