package dev.altlas.search.lucene;

import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import dev.altlas.archive.HistogramInterval;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The facet counts of one search thread. Per hit it only adds to arrays (by ordinal, by hour or
 * day, by rate bucket); ordinals become values when a segment is done.
 */
final class FacetTally extends SimpleCollector {
  private static final FacetField[] FIELDS = FacetField.values();
  private static final RateBucket[] RATE_BUCKETS = RateBucket.BOUNDS.toArray(RateBucket[]::new);

  private final Map<FacetField, Map<String, Long>> terms = new EnumMap<>(FacetField.class);
  private final HistogramTally histogram;
  private final long[] rates = new long[RATE_BUCKETS.length];

  // The segment's doc values and counts, indexed by FacetField ordinal.
  private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.length];
  private final SortedDocValues[] singleValues = new SortedDocValues[FIELDS.length];
  private final long[][] ordinalCounts = new long[FIELDS.length][];
  private NumericDocValues successRate;

  FacetTally(HistogramInterval interval) {
    histogram = new HistogramTally(interval);
    for (FacetField field : FIELDS) {
      terms.put(field, new HashMap<>());
    }
  }

  Map<FacetField, Map<String, Long>> terms() {
    return terms;
  }

  Map<Instant, Long> histogram() {
    return histogram.buckets();
  }

  long[] rates() {
    return rates;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    LeafReader reader = context.reader();
    for (int f = 0; f < FIELDS.length; f++) {
      values[f] = DocValues.getSortedSet(reader, RunFields.of(FIELDS[f]));
      // A field no run of the segment has twice is stored single-valued: read it that way.
      singleValues[f] = DocValues.unwrapSingleton(values[f]);
      ordinalCounts[f] = new long[Math.toIntExact(values[f].getValueCount())];
    }
    histogram.nextSegment(reader);
    successRate = DocValues.getNumeric(reader, RunFields.SUCCESS_RATE);
  }

  @Override
  public void collect(int doc) throws IOException {
    for (int f = 0; f < FIELDS.length; f++) {
      long[] counts = ordinalCounts[f];
      SortedDocValues single = singleValues[f];
      if (single != null) {
        if (single.advanceExact(doc)) {
          counts[single.ordValue()]++;
        }
      } else if (values[f].advanceExact(doc)) {
        SortedSetDocValues multi = values[f];
        for (int i = multi.docValueCount(); i > 0; i--) {
          counts[Math.toIntExact(multi.nextOrd())]++;
        }
      }
    }
    histogram.collect(doc);
    if (successRate.advanceExact(doc)) {
      double rate = Double.longBitsToDouble(successRate.longValue());
      for (int i = 0; i < RATE_BUCKETS.length; i++) {
        if (RATE_BUCKETS[i].contains(rate)) {
          rates[i]++;
          break;
        }
      }
    }
  }

  @Override
  public void finish() throws IOException {
    for (int f = 0; f < FIELDS.length; f++) {
      long[] counts = ordinalCounts[f];
      Map<String, Long> byValue = terms.get(FIELDS[f]);
      for (int ordinal = 0; ordinal < counts.length; ordinal++) {
        if (counts[ordinal] > 0) {
          byValue.merge(values[f].lookupOrd(ordinal).utf8ToString(), counts[ordinal], Long::sum);
        }
      }
    }
    histogram.finishSegment();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
