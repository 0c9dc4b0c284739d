package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Facets;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * The raw Lucene baseline: the same runs with the same fields and analysis as our Lucene adapter
 * ({@link OurAdapter#lucene}), written and searched the way one would by hand with {@link
 * IndexWriter}, {@link IndexSearcher}, {@link BooleanQuery} and collectors. A page is the top hits
 * by score (ties in index order) with an exact total, and facets are counted in the same pass.
 */
final class RawLucene implements SearchSubject {
  private static final Set<String> HIT_FIELDS =
      Set.of(
          "run_id",
          "command_tr",
          "summary_tr",
          "status",
          "mode",
          "language",
          "finished_at",
          "success_rate");

  private final Path path;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final QueryBuilder queries;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  RawLucene(Path path) {
    this.path = path;
    try {
      directory = FSDirectory.open(path);
      writer = new IndexWriter(directory, new IndexWriterConfig(RawLuceneAnalysis.forIndexing()));
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
    queries = new QueryBuilder(RawLuceneAnalysis.forQueries(Synonyms.builtin()));
  }

  @Override
  public void index(List<ArchivedRun> runs) {
    try {
      for (ArchivedRun run : runs) {
        writer.updateDocument(new Term("run_id", run.runId()), document(SearchDocument.of(run)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(SearchDocument run) {
    Document doc = new Document();
    doc.add(new StringField("run_id", run.runId(), Field.Store.YES));
    doc.add(new SortedDocValuesField("run_id", new BytesRef(run.runId())));
    doc.add(new StoredField("digest", run.digest()));
    Map<String, String> texts =
        Map.of(
            "command", run.command(),
            "titles", run.titles(),
            "summary", run.summary(),
            "outputs", run.outputs());
    texts.forEach(
        (field, text) -> {
          doc.add(new TextField(field + "_tr", text, Field.Store.YES));
          doc.add(new TextField(field + "_en", text, Field.Store.NO));
        });
    for (Map.Entry<String, String> single :
        Map.of(
                "status", run.status(),
                "mode", run.mode(),
                "persona", run.persona(),
                "language", run.language())
            .entrySet()) {
      doc.add(new StringField(single.getKey(), single.getValue(), Field.Store.YES));
      doc.add(new SortedDocValuesField(single.getKey(), new BytesRef(single.getValue())));
    }
    for (Map.Entry<String, List<String>> multi :
        Map.of(
                "task_type", run.taskTypes(),
                "model", run.models(),
                "tag", run.tags(),
                "error_code", run.errorCodes())
            .entrySet()) {
      for (String value : multi.getValue()) {
        doc.add(new StringField(multi.getKey(), value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(multi.getKey(), new BytesRef(value)));
      }
    }
    long finished = run.finishedAt().toEpochMilli();
    doc.add(new LongPoint("finished_at", finished));
    doc.add(new NumericDocValuesField("finished_at", finished));
    doc.add(new StoredField("finished_at", finished));
    doc.add(new DoublePoint("success_rate", run.successRate()));
    doc.add(new DoubleDocValuesField("success_rate", run.successRate()));
    doc.add(new StoredField("success_rate", run.successRate()));
    doc.add(new LongPoint("duration_ms", run.durationMs()));
    doc.add(new NumericDocValuesField("duration_ms", run.durationMs()));
    return doc;
  }

  @Override
  public void refresh() {
    try {
      writer.commit();
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
        searcher = new IndexSearcher(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public QueryAnswer search(BenchQuery query) {
    Query matching = query(query);
    var top = new TopScoreDocCollectorManager(BenchQuery.PAGE, Integer.MAX_VALUE);
    try {
      TopDocs docs;
      Facets facets = null;
      if (query.facets()) {
        Object[] both =
            searcher.search(matching, new MultiCollectorManager(top, new RawLuceneFacets()));
        docs = (TopDocs) both[0];
        facets = (Facets) both[1];
      } else {
        docs = searcher.search(matching, top);
      }
      StoredFields stored = searcher.storedFields();
      List<RawHit> hits = new ArrayList<>(docs.scoreDocs.length);
      for (ScoreDoc hit : docs.scoreDocs) {
        hits.add(RawHit.of(stored.document(hit.doc, HIT_FIELDS), hit.score));
      }
      return new QueryAnswer(
          docs.totalHits.value(), hits.stream().map(RawHit::runId).toList(), facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every word in some field, either language (scores added); then the filters. */
  private Query query(BenchQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : query.words()) {
      BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
      RawLuceneAnalysis.TEXT_FIELDS.forEach(
          (field, boost) -> {
            for (String language : RawLuceneAnalysis.LANGUAGES) {
              Query inField = queries.createPhraseQuery(field + "_" + language, word);
              // a stop word in this language restricts nothing
              anywhere.add(
                  new BoostQuery(inField == null ? MatchAllDocsQuery.INSTANCE : inField, boost),
                  Occur.SHOULD);
            }
          });
      all.add(anywhere.build(), Occur.MUST);
    }
    if (!query.statuses().isEmpty()) {
      all.add(
          new TermInSetQuery("status", query.statuses().stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    if (!query.taskTypes().isEmpty()) {
      all.add(
          new TermInSetQuery("task_type", query.taskTypes().stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    if (query.since() != null || query.until() != null) {
      long from = query.since() == null ? Long.MIN_VALUE : query.since().toEpochMilli();
      long to = query.until() == null ? Long.MAX_VALUE : query.until().toEpochMilli() - 1;
      all.add(LongPoint.newRangeQuery("finished_at", from, to), Occur.FILTER);
    }
    return all.build();
  }

  @Override
  public IndexShape shape() {
    return new IndexShape(Directories.size(path), reader.leaves().size());
  }

  @Override
  public void close() {
    try {
      IOUtils.close(reader, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Directories.delete(path);
  }
}
