package dev.altlas.bench.search;

/**
 * How two systems' answers to the same queries compare.
 *
 * @param compared queries both answered
 * @param totalsDiffer of those, how many got a different total number of hits
 * @param facetsCompared faceted queries both answered
 * @param facetsDiffer of those, how many got different facets (terms, histogram or rate buckets)
 * @param firstDifference the first query that differed and how, or null
 */
record AnswerCheck(
    SearchSystem first,
    SearchSystem second,
    int compared,
    int totalsDiffer,
    int facetsCompared,
    int facetsDiffer,
    String firstDifference) {}
