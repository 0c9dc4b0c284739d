package dev.altlas.search.opensearch;

import dev.altlas.archive.Facets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;

/** Reads the aggregations {@link ArchiveQuery} asked for back into {@link Facets}. */
final class FacetCounts {

  private FacetCounts() {}

  static Facets of(Map<String, Aggregate> aggregations) {
    Map<Facets.FacetField, List<Facets.Count>> terms = new EnumMap<>(Facets.FacetField.class);
    ArchiveQuery.TERMS_FIELDS.forEach(
        (facet, field) ->
            terms.put(
                facet,
                aggregations.get(field).sterms().buckets().array().stream()
                    .map(b -> new Facets.Count(b.key(), b.docCount()))
                    .toList()));
    List<Facets.DateBucket> histogram =
        aggregations.get(ArchiveQuery.HISTOGRAM).dateHistogram().buckets().array().stream()
            .filter(b -> b.docCount() > 0)
            .map(b -> new Facets.DateBucket(Instant.ofEpochMilli(b.key()), b.docCount()))
            .toList();
    Map<String, FiltersBucket> rates =
        aggregations.get(ArchiveQuery.SUCCESS_RATES).filters().buckets().keyed();
    List<Facets.RateBucket> successRates = new ArrayList<>();
    for (Facets.RateBucket bucket : Facets.RateBucket.BOUNDS) {
      FiltersBucket counted = rates.get(bucket.key());
      successRates.add(bucket.withCount(counted == null ? 0 : counted.docCount()));
    }
    return new Facets(terms, histogram, successRates);
  }
}
