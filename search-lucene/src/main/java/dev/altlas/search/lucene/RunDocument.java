package dev.altlas.search.lucene;

import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.SearchField;
import dev.altlas.archive.SearchHit;
import dev.altlas.search.lucene.BilingualAnalysis.Language;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** One archived run as a Lucene document, and back as what a search shows of it. */
final class RunDocument {

  /** The stored fields a hit is built from. */
  static final Set<String> HIT_FIELDS =
      Set.of(
          RunFields.RUN_ID,
          RunFields.STATUS,
          RunFields.MODE,
          RunFields.LANGUAGE,
          RunFields.FINISHED_AT,
          RunFields.SUCCESS_RATE,
          SearchField.COMMAND.indexName(),
          SearchField.SUMMARY.indexName());

  /**
   * The stored fields a highlighted hit is built from: also the long text fields (titles, outputs)
   * that only highlighting reads.
   */
  static final Set<String> HIGHLIGHTED_HIT_FIELDS =
      Stream.concat(
              HIT_FIELDS.stream(), Arrays.stream(SearchField.values()).map(SearchField::indexName))
          .collect(Collectors.toUnmodifiableSet());

  /** The stored fields an {@link IndexEntry} is built from. */
  static final Set<String> ENTRY_FIELDS =
      Set.of(RunFields.RUN_ID, RunFields.FINISHED_AT, RunFields.DIGEST);

  static Document of(SearchDocument run) {
    Document doc = new Document();
    doc.add(new StringField(RunFields.RUN_ID, run.runId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(RunFields.RUN_ID, new BytesRef(run.runId())));
    if (run.digest() != null) {
      doc.add(new StoredField(RunFields.DIGEST, run.digest()));
    }
    for (SearchField field : SearchField.values()) {
      String text = run.text(field);
      doc.add(new StoredField(field.indexName(), text));
      for (Language language : Language.values()) {
        doc.add(new TextField(language.field(field), text, Field.Store.NO));
      }
    }
    keyword(doc, RunFields.STATUS, run.status());
    keyword(doc, RunFields.MODE, run.mode());
    keyword(doc, RunFields.PERSONA, run.persona());
    keyword(doc, RunFields.LANGUAGE, run.language());
    keywords(doc, RunFields.TASK_TYPE, run.taskTypes());
    keywords(doc, RunFields.MODEL, run.models());
    keywords(doc, RunFields.TAG, run.tags());
    keywords(doc, RunFields.ERROR_CODE, run.errorCodes());

    long finished = micros(run.finishedAt());
    doc.add(new LongPoint(RunFields.FINISHED_AT, finished));
    doc.add(new NumericDocValuesField(RunFields.FINISHED_AT, finished));
    doc.add(new StoredField(RunFields.FINISHED_AT, run.finishedAt().toString()));
    doc.add(new DoublePoint(RunFields.SUCCESS_RATE, run.successRate()));
    doc.add(new DoubleDocValuesField(RunFields.SUCCESS_RATE, run.successRate()));
    doc.add(new StoredField(RunFields.SUCCESS_RATE, run.successRate()));
    doc.add(new LongPoint(RunFields.DURATION_MS, run.durationMs()));
    doc.add(new NumericDocValuesField(RunFields.DURATION_MS, run.durationMs()));
    if (run.embedding() != null && run.embedding().hasDirection()) {
      float[] vector = run.embedding().values();
      doc.add(
          new KnnFloatVectorField(
              RunFields.embedding(vector.length), vector, VectorSimilarityFunction.COSINE));
    }
    return doc;
  }

  /**
   * The order-preserving long a time is indexed as: microseconds since the epoch, rounded down;
   * times beyond ±292,000 years saturate.
   */
  static long micros(Instant time) {
    try {
      return Math.addExact(
          Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1000);
    } catch (ArithmeticException e) {
      return time.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static SearchHit hit(Document stored, double score, Map<String, List<String>> highlights) {
    return new SearchHit(
        stored.get(RunFields.RUN_ID),
        score,
        stored.get(SearchField.COMMAND.indexName()),
        stored.get(RunFields.STATUS),
        stored.get(RunFields.MODE),
        stored.get(RunFields.LANGUAGE),
        Instant.parse(stored.get(RunFields.FINISHED_AT)),
        stored.getField(RunFields.SUCCESS_RATE).numericValue().doubleValue(),
        stored.get(SearchField.SUMMARY.indexName()),
        highlights);
  }

  static IndexEntry entry(Document stored) {
    return new IndexEntry(
        stored.get(RunFields.RUN_ID),
        Instant.parse(stored.get(RunFields.FINISHED_AT)),
        stored.get(RunFields.DIGEST));
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null) {
      keywords(doc, field, List.of(value));
      doc.add(new StoredField(field, value));
    }
  }

  private static void keywords(Document doc, String field, List<String> values) {
    for (String value : values) {
      doc.add(new StringField(field, value, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
  }

  private RunDocument() {}
}
