package dev.altlas.archiving;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real index behind a switch: while {@link #down} is set, every call fails as an unreachable
 * search engine would, and nothing reaches the index.
 */
final class FlakySearchIndex implements SearchIndex {
  private final SearchIndex index;
  private volatile boolean down;
  final AtomicInteger failedCalls = new AtomicInteger();
  final AtomicInteger indexed = new AtomicInteger();

  FlakySearchIndex(SearchIndex index) {
    this.index = index;
  }

  void down(boolean value) {
    down = value;
  }

  private void check() {
    if (down) {
      failedCalls.incrementAndGet();
      throw new UncheckedIOException(new ConnectException("search index unreachable (test)"));
    }
  }

  @Override
  public void index(Collection<ArchivedRun> runs) {
    check();
    index.index(runs);
    indexed.addAndGet(runs.size());
  }

  @Override
  public void delete(Collection<String> runIds) {
    check();
    index.delete(runIds);
  }

  @Override
  public void refresh() {
    check();
    index.refresh();
  }

  @Override
  public SearchResult search(SearchQuery query) {
    check();
    return index.search(query);
  }

  @Override
  public long count() {
    check();
    return index.count();
  }

  @Override
  public void scan(Consumer<IndexEntry> entries) {
    check();
    index.scan(entries);
  }

  @Override
  public void close() {
    index.close();
  }
}
