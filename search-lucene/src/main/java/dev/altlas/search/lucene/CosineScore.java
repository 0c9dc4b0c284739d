package dev.altlas.search.lucene;

import dev.altlas.archive.Embedding;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A run's semantic score: {@code (1 + cosine) / 2} of its embedding and the query's, in 0..1,
 * computed exactly from the stored vector (no approximate neighbour search, so no run that should
 * match is missed). Runs without a vector of the query's length have no value.
 */
final class CosineScore extends DoubleValuesSource {
  private final Embedding query;
  private final String field;

  CosineScore(Embedding query) {
    this.query = query;
    this.field = RunFields.embedding(query.dimensions());
  }

  /** The field holding the vectors this score compares with. */
  String field() {
    return field;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
    FloatVectorValues vectors = context.reader().getFloatVectorValues(field);
    if (vectors == null) {
      return DoubleValues.EMPTY;
    }
    KnnVectorValues.DocIndexIterator docs = vectors.iterator();
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        int at = docs.docID() < doc ? docs.advance(doc) : docs.docID();
        if (at != doc) {
          return false;
        }
        value = (1 + query.cosine(new Embedding(vectors.vectorValue(docs.index())))) / 2;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext context) {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CosineScore other && query.equals(other.query);
  }

  @Override
  public int hashCode() {
    return query.hashCode();
  }

  @Override
  public String toString() {
    return "cosine(" + field + ", " + Arrays.toString(query.values()) + ")";
  }
}
