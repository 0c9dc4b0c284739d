package dev.altlas.bench.search;

import java.time.Instant;
import org.apache.lucene.document.Document;

/** What the raw Lucene baseline shows of one hit: the same as a hit of our adapters. */
record RawHit(
    String runId,
    float score,
    String command,
    String status,
    String mode,
    String language,
    Instant finishedAt,
    double successRate,
    String summary) {

  static RawHit of(Document stored, float score) {
    return new RawHit(
        stored.get("run_id"),
        score,
        stored.get("command_tr"),
        stored.get("status"),
        stored.get("mode"),
        stored.get("language"),
        Instant.ofEpochMilli(stored.getField("finished_at").numericValue().longValue()),
        stored.getField("success_rate").numericValue().doubleValue(),
        stored.get("summary_tr"));
  }
}
