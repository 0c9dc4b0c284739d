package dev.altlas.archive;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total how many runs match in all (exact)
 * @param next cursor for the page after this one; null on the last page
 * @param facets counts over all matching runs; null unless asked for
 */
public record SearchResult(long total, List<SearchHit> hits, String next, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
