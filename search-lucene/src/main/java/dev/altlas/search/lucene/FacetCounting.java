package dev.altlas.search.lucene;

import dev.altlas.archive.Facets;
import dev.altlas.archive.Facets.Count;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import dev.altlas.archive.HistogramInterval;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.search.CollectorManager;

/**
 * Counts {@link Facets} over every run a query matches, from doc values: per segment by ordinal,
 * hour or day, turned into values when the segment is done, then added up across segments and
 * threads. It collects alongside the page, in the same pass over the matches.
 */
final class FacetCounting implements CollectorManager<FacetTally, Facets> {
  private final HistogramInterval interval;

  FacetCounting(HistogramInterval interval) {
    this.interval = interval;
  }

  @Override
  public FacetTally newCollector() {
    return new FacetTally(interval);
  }

  @Override
  public Facets reduce(Collection<FacetTally> tallies) {
    Map<FacetField, Map<String, Long>> terms = new EnumMap<>(FacetField.class);
    Map<Instant, Long> histogram = new TreeMap<>();
    long[] rates = new long[RateBucket.BOUNDS.size()];
    for (FacetField field : FacetField.values()) {
      terms.put(field, new HashMap<>());
    }
    for (FacetTally tally : tallies) {
      tally
          .terms()
          .forEach(
              (field, counts) -> counts.forEach((v, n) -> terms.get(field).merge(v, n, Long::sum)));
      tally.histogram().forEach((start, n) -> histogram.merge(start, n, Long::sum));
      for (int i = 0; i < rates.length; i++) {
        rates[i] += tally.rates()[i];
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
}
