package dev.altlas.search.lucene;

import dev.altlas.archive.Facets;
import dev.altlas.archive.Facets.Count;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import dev.altlas.archive.HistogramInterval;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts {@link Facets} over every run a query matches, from doc values: per segment by ordinal,
 * turned into values when the segment is done, then added up across segments and threads.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Tally, Facets> {
  private final HistogramInterval interval;

  FacetCounting(HistogramInterval interval) {
    this.interval = interval;
  }

  @Override
  public Tally newCollector() {
    return new Tally(interval);
  }

  @Override
  public Facets reduce(Collection<Tally> tallies) {
    Map<FacetField, Map<String, Long>> terms = new EnumMap<>(FacetField.class);
    Map<Instant, Long> histogram = new TreeMap<>();
    long[] rates = new long[RateBucket.BOUNDS.size()];
    for (FacetField field : FacetField.values()) {
      terms.put(field, new HashMap<>());
    }
    for (Tally tally : tallies) {
      tally.terms.forEach(
          (field, counts) -> counts.forEach((v, n) -> terms.get(field).merge(v, n, Long::sum)));
      tally.histogram.forEach((start, n) -> histogram.merge(start, n, Long::sum));
      for (int i = 0; i < rates.length; i++) {
        rates[i] += tally.rates[i];
      }
    }
    Map<FacetField, List<Count>> top = new EnumMap<>(FacetField.class);
    terms.forEach((field, counts) -> top.put(field, top(counts)));
    List<RateBucket> buckets =
        IntStream.range(0, rates.length)
            .mapToObj(i -> RateBucket.BOUNDS.get(i).withCount(rates[i]))
            .toList();
    return new Facets(
        top,
        histogram.entrySet().stream().map(e -> new DateBucket(e.getKey(), e.getValue())).toList(),
        buckets);
  }

  private static List<Count> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value))
        .limit(Facets.TOP)
        .toList();
  }

  /** The start of the UTC bucket a time falls in; weeks start on Monday. */
  private static Instant bucket(Instant time, HistogramInterval interval) {
    ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
    return switch (interval) {
      case HOUR -> utc.truncatedTo(ChronoUnit.HOURS).toInstant();
      case DAY -> utc.truncatedTo(ChronoUnit.DAYS).toInstant();
      case WEEK ->
          utc.truncatedTo(ChronoUnit.DAYS)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .toInstant();
      case MONTH -> utc.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
    };
  }

  /** The counts of one search thread. */
  static final class Tally extends SimpleCollector {
    private final HistogramInterval interval;
    private final Map<FacetField, Map<String, Long>> terms = new EnumMap<>(FacetField.class);
    private final Map<Instant, Long> histogram = new HashMap<>();
    private final long[] rates = new long[RateBucket.BOUNDS.size()];
    private final Map<FacetField, SortedSetDocValues> values = new EnumMap<>(FacetField.class);
    private final Map<FacetField, long[]> ordinalCounts = new EnumMap<>(FacetField.class);
    private NumericDocValues finishedAt;
    private NumericDocValues successRate;

    Tally(HistogramInterval interval) {
      this.interval = interval;
      for (FacetField field : FacetField.values()) {
        terms.put(field, new HashMap<>());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      for (FacetField field : FacetField.values()) {
        SortedSetDocValues docValues =
            DocValues.getSortedSet(context.reader(), RunFields.of(field));
        values.put(field, docValues);
        ordinalCounts.put(field, new long[Math.toIntExact(docValues.getValueCount())]);
      }
      finishedAt = DocValues.getNumeric(context.reader(), RunFields.FINISHED_AT);
      successRate = DocValues.getNumeric(context.reader(), RunFields.SUCCESS_RATE);
    }

    @Override
    public void collect(int doc) throws IOException {
      for (FacetField field : FacetField.values()) {
        SortedSetDocValues docValues = values.get(field);
        if (docValues.advanceExact(doc)) {
          long[] counts = ordinalCounts.get(field);
          for (int i = 0; i < docValues.docValueCount(); i++) {
            counts[Math.toIntExact(docValues.nextOrd())]++;
          }
        }
      }
      if (finishedAt.advanceExact(doc)) {
        histogram.merge(
            bucket(RunDocument.instant(finishedAt.longValue()), interval), 1L, Long::sum);
      }
      if (successRate.advanceExact(doc)) {
        double rate = Double.longBitsToDouble(successRate.longValue());
        for (int i = 0; i < rates.length; i++) {
          if (RateBucket.BOUNDS.get(i).contains(rate)) {
            rates[i]++;
            break;
          }
        }
      }
    }

    @Override
    public void finish() throws IOException {
      for (FacetField field : FacetField.values()) {
        long[] counts = ordinalCounts.get(field);
        SortedSetDocValues docValues = values.get(field);
        for (int ordinal = 0; ordinal < counts.length; ordinal++) {
          if (counts[ordinal] > 0) {
            terms
                .get(field)
                .merge(docValues.lookupOrd(ordinal).utf8ToString(), counts[ordinal], Long::sum);
          }
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
