package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Our {@link LuceneSearchIndex} on a local directory, used as the archive uses it. */
final class OurLucene implements SearchSubject {
  private final Path directory;
  private final LuceneSearchIndex index;

  OurLucene(Path directory) {
    this.directory = directory;
    this.index = LuceneSearchIndex.open(directory, Synonyms.builtin());
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
    // a reader of the last commit, beside the adapter's own
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
      return new IndexShape(Directories.size(directory), reader.leaves().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    index.close();
    Directories.delete(directory);
  }
}
