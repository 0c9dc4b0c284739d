package dev.altlas.archive;

/** Width of the date histogram's buckets, in UTC; weeks start on Monday. */
public enum HistogramInterval {
  HOUR,
  DAY,
  WEEK,
  MONTH
}
