package dev.altlas.bench.search;

import dev.altlas.archive.Facets;
import dev.altlas.archive.Facets.Count;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.RangeBucket;

/** The raw OpenSearch baseline's aggregations read back as facets, to compare with ours. */
final class RawOpenSearchFacets {
  private RawOpenSearchFacets() {}

  static Facets of(Map<String, Aggregate> aggregations) {
    Map<FacetField, List<Count>> terms = new EnumMap<>(FacetField.class);
    RawOpenSearch.FACET_FIELDS.forEach(
        (facet, field) ->
            terms.put(
                facet,
                aggregations.get(field).sterms().buckets().array().stream()
                    .map(b -> new Count(b.key(), b.docCount()))
                    .toList()));
    List<DateBucket> days =
        aggregations.get(RawOpenSearch.DAYS).dateHistogram().buckets().array().stream()
            .map(b -> new DateBucket(Instant.ofEpochMilli(b.key()), b.docCount()))
            .toList();
    List<RangeBucket> ranges = aggregations.get(RawOpenSearch.RATES).range().buckets().array();
    List<RateBucket> rates = new ArrayList<>();
    for (int i = 0; i < RateBucket.BOUNDS.size(); i++) {
      rates.add(RateBucket.BOUNDS.get(i).withCount(ranges.get(i).docCount()));
    }
    return new Facets(terms, days, rates);
  }
}
