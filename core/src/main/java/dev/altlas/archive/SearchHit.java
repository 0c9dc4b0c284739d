package dev.altlas.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run found.
 *
 * @param score relevance (higher is better); comparable only within one result
 * @param highlights per field ({@link SearchField#indexName()}), fragments with matches wrapped in
 *     {@code <em>…</em>}; empty unless asked for
 */
public record SearchHit(
    String runId,
    double score,
    String command,
    String status,
    String mode,
    String language,
    Instant finishedAt,
    double successRate,
    String summary,
    Map<String, List<String>> highlights) {

  public SearchHit {
    highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
  }
}
