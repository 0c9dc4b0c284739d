package dev.altlas.search.lucene;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Facets;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.SortOrder;
import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * The archive's search index embedded in the process: Lucene on a local directory (the default) or
 * in memory.
 *
 * <p>One {@link IndexWriter} takes every write; searches read through a {@link SearcherManager}
 * that reopens from the last commit. {@link #refresh()} commits and then reopens, so whatever a
 * search has seen survives a crash. Safe for concurrent use.
 *
 * <p>Lucene lets one process write a directory. A second process (say {@code altlas search} while
 * {@code altlas run} works) opens it {@linkplain #writable() read-only}: it searches what the
 * writer has committed, and its writes are refused with a message saying why.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private final Directory directory;
  private final Path location;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryTranslation translation;
  private final Highlighting highlighting;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LuceneSearchIndex(Directory directory, Path location, Synonyms synonyms)
      throws IOException {
    this.directory = directory;
    this.location = location;
    BilingualAnalysis analysis = new BilingualAnalysis(synonyms);
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.index())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCodec(new WideVectorCodec());
    this.writer = writerOrNone(directory, config);
    try {
      if (writer != null) {
        // A new index needs a first commit before a reader can open it.
        writer.commit();
      }
      this.searchers = new SearcherManager(directory, null);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer);
      throw e;
    }
    this.translation = new QueryTranslation(analysis);
    this.highlighting = new Highlighting(analysis);
  }

  /** The writer, or null when another process holds the directory's write lock. */
  private static IndexWriter writerOrNone(Directory directory, IndexWriterConfig config)
      throws IOException {
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      return null;
    }
  }

  /**
   * Opens (creating when missing) the index in {@code directory}; read-only when another process is
   * writing it.
   */
  public static LuceneSearchIndex open(Path directory, Synonyms synonyms) {
    try {
      FSDirectory fs = FSDirectory.open(directory);
      try {
        return new LuceneSearchIndex(fs, directory, synonyms);
      } catch (IOException | RuntimeException e) {
        fs.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + directory, e);
    }
  }

  /** An index that lives only as long as this object: for tests and benchmarks. */
  public static LuceneSearchIndex inMemory(Synonyms synonyms) {
    try {
      return new LuceneSearchIndex(new ByteBuffersDirectory(), null, synonyms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** False when another process writes this directory: then this index only searches. */
  @Override
  public boolean writable() {
    return writer != null;
  }

  @Override
  public void index(Collection<ArchivedRun> runs) {
    ensureWritable();
    try {
      for (ArchivedRun run : runs) {
        writer.updateDocument(
            new Term(RunFields.RUN_ID, run.runId()), RunDocument.of(SearchDocument.of(run)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index runs", e);
    }
  }

  @Override
  public void delete(Collection<String> runIds) {
    ensureWritable();
    try {
      writer.deleteDocuments(
          runIds.stream().map(id -> new Term(RunFields.RUN_ID, id)).toArray(Term[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete runs from the index", e);
    }
  }

  @Override
  public void refresh() {
    ensureOpen();
    try {
      if (writer != null) {
        writer.commit();
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the search index", e);
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    ensureOpen();
    Query matching = translation.matching(query);
    SortOrder order = query.effectiveSort();
    FieldDoc after = query.after() == null ? null : HitOrder.after(order, query.after());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        // One hit beyond the page tells whether there is a next page.
        var top =
            new TopFieldCollectorManager(
                HitOrder.sort(order), query.size() + 1, after, Integer.MAX_VALUE);
        TopFieldDocs found;
        Facets facets = null;
        if (query.facets()) {
          // Facets are counted in the same pass over the matches as the page.
          Object[] both =
              searcher.search(
                  matching, new MultiCollectorManager(top, new FacetCounting(query.histogram())));
          found = (TopFieldDocs) both[0];
          facets = (Facets) both[1];
        } else {
          found = searcher.search(matching, top);
        }
        ScoreDoc[] page =
            Arrays.copyOf(found.scoreDocs, Math.min(query.size(), found.scoreDocs.length));
        score(page, order, searcher, matching);
        String next =
            found.scoreDocs.length > query.size()
                ? HitOrder.cursor(order, (FieldDoc) page[page.length - 1])
                : null;
        return new SearchResult(found.totalHits.value(), hits(searcher, page, query), next, facets);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /**
   * Gives the page its scores: in relevance order they are the first sort value, already at hand;
   * other orders score the page's runs again.
   */
  private static void score(
      ScoreDoc[] page, SortOrder order, IndexSearcher searcher, Query matching) throws IOException {
    if (order == SortOrder.RELEVANCE) {
      for (ScoreDoc doc : page) {
        doc.score = (Float) ((FieldDoc) doc).fields[0];
      }
    } else {
      TopFieldCollector.populateScores(page, searcher, matching);
    }
  }

  private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, SearchQuery query)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Query words = query.highlight() ? translation.highlighted(query) : null;
    Set<String> fieldsToRead =
        words == null ? RunDocument.HIT_FIELDS : RunDocument.HIGHLIGHTED_HIT_FIELDS;
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (ScoreDoc doc : page) {
      var fields = stored.document(doc.doc, fieldsToRead);
      Map<String, List<String>> highlights =
          words == null ? Map.of() : highlighting.of(words, fields);
      hits.add(RunDocument.hit(fields, doc.score, highlights));
    }
    return hits;
  }

  @Override
  public long count() {
    ensureOpen();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void scan(Consumer<IndexEntry> entries) {
    ensureOpen();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              entries.accept(RunDocument.entry(stored.document(doc, RunDocument.ENTRY_FIELDS)));
            }
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan the search index", e);
    }
  }

  /** Commits what was written since the last refresh (the writer commits when closed). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      IOUtils.close(searchers, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  private void ensureWritable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException(
          "the search index in "
              + location
              + " is being written by another altlas process; this one can only search it");
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the search index is closed");
    }
  }
}
