package dev.altlas.bench.search;

import dev.altlas.archive.Facets;
import dev.altlas.archive.Facets.Count;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The raw baseline's facets, counted by hand from doc values: per segment, counts by ordinal (the
 * single-valued fields from sorted doc values, the others from sorted-set ones) and by day number,
 * turned into values when the segment is done.
 */
final class RawLuceneFacets implements CollectorManager<RawLuceneFacets.Counts, Facets> {
  private static final long DAY_MS = 86_400_000L;
  private static final Map<FacetField, String> SINGLE =
      Map.of(
          FacetField.STATUS, "status",
          FacetField.MODE, "mode",
          FacetField.PERSONA, "persona",
          FacetField.LANGUAGE, "language");
  private static final Map<FacetField, String> MULTI =
      Map.of(FacetField.TASK_TYPE, "task_type", FacetField.MODEL, "model", FacetField.TAG, "tag");

  @Override
  public Counts newCollector() {
    return new Counts();
  }

  @Override
  public Facets reduce(Collection<Counts> all) {
    Map<FacetField, Map<String, Long>> values = new EnumMap<>(FacetField.class);
    TreeMap<Long, Long> days = new TreeMap<>();
    long[] rates = new long[RateBucket.BOUNDS.size()];
    for (Counts counts : all) {
      counts.values.forEach(
          (field, byValue) ->
              byValue.forEach(
                  (value, n) ->
                      values
                          .computeIfAbsent(field, f -> new HashMap<>())
                          .merge(value, n, Long::sum)));
      counts.days.forEach((day, n) -> days.merge(day, n, Long::sum));
      for (int i = 0; i < rates.length; i++) {
        rates[i] += counts.rates[i];
      }
    }
    Map<FacetField, List<Count>> terms = new EnumMap<>(FacetField.class);
    for (FacetField field : FacetField.values()) {
      terms.put(
          field,
          values.getOrDefault(field, Map.of()).entrySet().stream()
              .map(e -> new Count(e.getKey(), e.getValue()))
              .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value))
              .limit(Facets.TOP)
              .toList());
    }
    List<DateBucket> histogram =
        days.entrySet().stream()
            .map(e -> new DateBucket(Instant.ofEpochMilli(e.getKey() * DAY_MS), e.getValue()))
            .toList();
    List<RateBucket> buckets = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      buckets.add(RateBucket.BOUNDS.get(i).withCount(rates[i]));
    }
    return new Facets(terms, histogram, buckets);
  }

  /** The counts of one search thread. */
  static final class Counts extends SimpleCollector {
    private final Map<FacetField, Map<String, Long>> values = new EnumMap<>(FacetField.class);
    private final Map<Long, Long> days = new HashMap<>();
    private final long[] rates = new long[RateBucket.BOUNDS.size()];

    private final Map<FacetField, SortedDocValues> single = new EnumMap<>(FacetField.class);
    private final Map<FacetField, SortedSetDocValues> multi = new EnumMap<>(FacetField.class);
    private final Map<FacetField, long[]> byOrdinal = new EnumMap<>(FacetField.class);
    private NumericDocValues finishedAt;
    private NumericDocValues successRate;
    private long firstDay;
    private long[] byDay;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      for (Map.Entry<FacetField, String> field : SINGLE.entrySet()) {
        SortedDocValues docValues = DocValues.getSorted(reader, field.getValue());
        single.put(field.getKey(), docValues);
        byOrdinal.put(field.getKey(), new long[docValues.getValueCount()]);
      }
      for (Map.Entry<FacetField, String> field : MULTI.entrySet()) {
        SortedSetDocValues docValues = DocValues.getSortedSet(reader, field.getValue());
        multi.put(field.getKey(), docValues);
        byOrdinal.put(field.getKey(), new long[Math.toIntExact(docValues.getValueCount())]);
      }
      finishedAt = DocValues.getNumeric(reader, "finished_at");
      successRate = DocValues.getNumeric(reader, "success_rate");
      // the segment's days, from its smallest and largest finish time
      PointValues points = reader.getPointValues("finished_at");
      if (points == null) {
        firstDay = 0;
        byDay = new long[0];
      } else {
        firstDay = Math.floorDiv(LongPoint.decodeDimension(points.getMinPackedValue(), 0), DAY_MS);
        long lastDay =
            Math.floorDiv(LongPoint.decodeDimension(points.getMaxPackedValue(), 0), DAY_MS);
        byDay = new long[Math.toIntExact(lastDay - firstDay + 1)];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (Map.Entry<FacetField, SortedDocValues> field : single.entrySet()) {
        SortedDocValues docValues = field.getValue();
        if (docValues.advanceExact(doc)) {
          byOrdinal.get(field.getKey())[docValues.ordValue()]++;
        }
      }
      for (Map.Entry<FacetField, SortedSetDocValues> field : multi.entrySet()) {
        SortedSetDocValues docValues = field.getValue();
        if (docValues.advanceExact(doc)) {
          long[] counts = byOrdinal.get(field.getKey());
          for (int i = 0; i < docValues.docValueCount(); i++) {
            counts[Math.toIntExact(docValues.nextOrd())]++;
          }
        }
      }
      if (finishedAt.advanceExact(doc)) {
        byDay[Math.toIntExact(Math.floorDiv(finishedAt.longValue(), DAY_MS) - firstDay)]++;
      }
      if (successRate.advanceExact(doc)) {
        double rate = Double.longBitsToDouble(successRate.longValue());
        rates[rate < 0.25 ? 0 : rate < 0.5 ? 1 : rate < 0.75 ? 2 : rate < 1 ? 3 : 4]++;
      }
    }

    /** The segment is done: its ordinals and day numbers become values and times. */
    @Override
    public void finish() throws IOException {
      for (Map.Entry<FacetField, SortedDocValues> field : single.entrySet()) {
        long[] counts = byOrdinal.get(field.getKey());
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            add(field.getKey(), field.getValue().lookupOrd(ord).utf8ToString(), counts[ord]);
          }
        }
      }
      for (Map.Entry<FacetField, SortedSetDocValues> field : multi.entrySet()) {
        long[] counts = byOrdinal.get(field.getKey());
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            add(field.getKey(), field.getValue().lookupOrd(ord).utf8ToString(), counts[ord]);
          }
        }
      }
      for (int day = 0; day < byDay.length; day++) {
        if (byDay[day] > 0) {
          days.merge(firstDay + day, byDay[day], Long::sum);
        }
      }
    }

    private void add(FacetField field, String value, long count) {
      values.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Long::sum);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
