package dev.altlas.bench.search;

import dev.altlas.archive.Facets;
import java.util.List;

/**
 * What a system answered to one query, as far as the benchmark compares answers.
 *
 * @param total how many runs match in all (exact)
 * @param runIds the run ids of the page, best first
 * @param facets null unless the query asked for them
 */
record QueryAnswer(long total, List<String> runIds, Facets facets) {
  QueryAnswer {
    runIds = List.copyOf(runIds);
  }
}
