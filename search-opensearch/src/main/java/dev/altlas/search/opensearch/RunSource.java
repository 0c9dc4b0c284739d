package dev.altlas.search.opensearch;

import dev.altlas.archive.Embedding;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.SearchHit;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The {@code _source} of one run in the index: {@link SearchDocument}'s fields under the names of
 * the template's mappings. Instants are kept as ISO-8601 text (exact to the nanosecond); the
 * embedding as big-endian 32-bit floats in a binary doc-values field, which the semantic script
 * reads, with its length in a field of its own so a query compares only vectors of its length.
 */
final class RunSource {

  static final String RUN_ID = "runId";
  static final String SEQUENCE = "sequence";
  static final String DIGEST = "digest";
  static final String STATUS = "status";
  static final String MODE = "mode";
  static final String PERSONA = "persona";
  static final String LANGUAGE = "language";
  static final String TASK_TYPES = "taskTypes";
  static final String MODELS = "models";
  static final String TAGS = "tags";
  static final String FINISHED_AT = "finishedAt";
  static final String DURATION_MS = "durationMs";
  static final String SUCCESS_RATE = "successRate";
  static final String EMBEDDING = "embedding";
  static final String EMBEDDING_DIMENSIONS = "embeddingDimensions";
  static final String COMMAND = "command";
  static final String SUMMARY = "summary";

  /** What a hit needs of the source (outputs can be long, so they are not fetched). */
  static final List<String> HIT_FIELDS =
      List.of(RUN_ID, COMMAND, STATUS, MODE, LANGUAGE, FINISHED_AT, SUCCESS_RATE, SUMMARY);

  /** What verification needs of the source. */
  static final List<String> ENTRY_FIELDS = List.of(RUN_ID, FINISHED_AT, DIGEST);

  private RunSource() {}

  static Map<String, Object> of(SearchDocument d) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(RUN_ID, d.runId());
    source.put(SEQUENCE, d.sequence());
    source.put(DIGEST, d.digest());
    source.put("planId", d.planId());
    source.put(COMMAND, d.command());
    source.put("titles", d.titles());
    source.put(SUMMARY, d.summary());
    source.put("outputs", d.outputs());
    source.put(STATUS, d.status());
    source.put(MODE, d.mode());
    source.put(PERSONA, d.persona());
    source.put(LANGUAGE, d.language());
    source.put(TASK_TYPES, d.taskTypes());
    source.put(MODELS, d.models());
    source.put(TAGS, d.tags());
    source.put("errorCodes", d.errorCodes());
    source.put("startedAt", d.startedAt() == null ? null : d.startedAt().toString());
    source.put(FINISHED_AT, d.finishedAt() == null ? null : d.finishedAt().toString());
    source.put(DURATION_MS, d.durationMs());
    source.put(SUCCESS_RATE, d.successRate());
    source.put("taskCount", d.taskCount());
    if (d.embedding() != null && d.embedding().hasDirection()) {
      source.put(EMBEDDING, encode(d.embedding()));
      source.put(EMBEDDING_DIMENSIONS, d.embedding().dimensions());
    }
    return source;
  }

  static SearchHit hit(JsonNode source, double score, Map<String, List<String>> highlights) {
    return new SearchHit(
        text(source, RUN_ID),
        score,
        text(source, COMMAND),
        text(source, STATUS),
        text(source, MODE),
        text(source, LANGUAGE),
        instant(source, FINISHED_AT),
        source.path(SUCCESS_RATE).asDouble(0),
        text(source, SUMMARY),
        highlights);
  }

  static IndexEntry entry(JsonNode source) {
    return new IndexEntry(text(source, RUN_ID), instant(source, FINISHED_AT), text(source, DIGEST));
  }

  /** Big-endian IEEE 754 floats, base64 as OpenSearch's binary fields take them. */
  static String encode(Embedding embedding) {
    float[] values = embedding.values();
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
    for (float v : values) {
      bytes.putFloat(v);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  private static String text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static Instant instant(JsonNode source, String field) {
    String value = text(source, field);
    return value == null ? null : Instant.parse(value);
  }
}
