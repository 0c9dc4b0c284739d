package dev.altlas.search.lucene;

import dev.altlas.archive.HistogramInterval;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;

/**
 * The date histogram of one search thread. Within a segment, hits are counted by UTC hour (hourly
 * buckets) or day (the other intervals: a day lies in one week and one month), in an array from the
 * segment's first finish time; when the segment is done, each hour or day with hits is put in its
 * bucket. The calendar is consulted once per hour or day, not once per hit.
 */
final class HistogramTally {
  private static final long HOUR_SECONDS = 3_600;
  private static final long DAY_SECONDS = 86_400;

  /**
   * The most hours or days a segment's array spans; a segment whose finish times lie further apart
   * counts in a map instead.
   */
  private static final long MAX_ARRAY_UNITS = 1 << 16;

  private final HistogramInterval interval;
  private final long unitSeconds;
  private final Map<Instant, Long> buckets = new HashMap<>();

  private NumericDocValues finishedAt;
  private long firstUnit;
  // Exactly one of these per segment; int: a segment holds fewer than 2^31 documents.
  private int[] unitCounts;
  private Map<Long, Long> sparseUnitCounts;

  HistogramTally(HistogramInterval interval) {
    this.interval = interval;
    this.unitSeconds = interval == HistogramInterval.HOUR ? HOUR_SECONDS : DAY_SECONDS;
  }

  /** Hits per bucket start, so far. */
  Map<Instant, Long> buckets() {
    return buckets;
  }

  void nextSegment(LeafReader reader) throws IOException {
    finishedAt = DocValues.getNumeric(reader, RunFields.FINISHED_AT);
    PointValues points = reader.getPointValues(RunFields.FINISHED_AT);
    unitCounts = null;
    sparseUnitCounts = null;
    if (points == null) {
      firstUnit = 0;
      unitCounts = new int[0];
      return;
    }
    firstUnit = unit(LongPoint.decodeDimension(points.getMinPackedValue(), 0));
    long span = unit(LongPoint.decodeDimension(points.getMaxPackedValue(), 0)) - firstUnit + 1;
    if (span <= MAX_ARRAY_UNITS) {
      unitCounts = new int[(int) span];
    } else {
      sparseUnitCounts = new HashMap<>();
    }
  }

  void collect(int doc) throws IOException {
    if (finishedAt.advanceExact(doc)) {
      long unit = unit(finishedAt.longValue());
      if (unitCounts != null) {
        unitCounts[(int) (unit - firstUnit)]++;
      } else {
        sparseUnitCounts.merge(unit, 1L, Long::sum);
      }
    }
  }

  void finishSegment() {
    if (unitCounts != null) {
      for (int i = 0; i < unitCounts.length; i++) {
        if (unitCounts[i] > 0) {
          add(firstUnit + i, unitCounts[i]);
        }
      }
    } else {
      sparseUnitCounts.forEach(this::add);
    }
  }

  /** The hour or day a time (microseconds since the epoch) falls in, counted from the epoch. */
  private long unit(long micros) {
    return Math.floorDiv(micros, unitSeconds * 1_000_000);
  }

  private void add(long unit, long count) {
    buckets.merge(bucket(Instant.ofEpochSecond(unit * unitSeconds)), count, Long::sum);
  }

  /** The start of the UTC bucket a time falls in; weeks start on Monday. */
  private Instant bucket(Instant time) {
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
}
