package dev.altlas.bench.search;

/**
 * How an index lies on disk when it is queried: its size and its number of segments. Both still
 * change while merges run in the background, and the number of segments changes how long a query
 * takes, so the report shows them beside the query figures.
 */
record IndexShape(long bytes, int segments) {}
