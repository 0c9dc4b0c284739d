package dev.altlas.bench.search;

import dev.altlas.archive.SearchDocument;
import java.util.List;

/**
 * The raw OpenSearch baseline's document: the run's fields under the same names as our adapter's
 * mapping, serialized by the client's Jackson mapper. Hits read back the part of it a hit shows, so
 * the other components are null there.
 */
record RawRunSource(
    String runId,
    Long sequence,
    String digest,
    String planId,
    String command,
    String titles,
    String summary,
    String outputs,
    String status,
    String mode,
    String persona,
    String language,
    List<String> taskTypes,
    List<String> models,
    List<String> tags,
    List<String> errorCodes,
    String startedAt,
    String finishedAt,
    Long durationMs,
    Double successRate,
    Integer taskCount) {

  /** What a hit shows of a run (outputs and titles can be long and are not fetched). */
  static final List<String> HIT_FIELDS =
      List.of(
          "runId", "command", "status", "mode", "language", "finishedAt", "successRate", "summary");

  static RawRunSource of(SearchDocument d) {
    return new RawRunSource(
        d.runId(),
        d.sequence(),
        d.digest(),
        d.planId(),
        d.command(),
        d.titles(),
        d.summary(),
        d.outputs(),
        d.status(),
        d.mode(),
        d.persona(),
        d.language(),
        d.taskTypes(),
        d.models(),
        d.tags(),
        d.errorCodes(),
        d.startedAt() == null ? null : d.startedAt().toString(),
        d.finishedAt().toString(),
        d.durationMs(),
        d.successRate(),
        d.taskCount());
  }
}
