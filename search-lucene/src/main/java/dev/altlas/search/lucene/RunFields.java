package dev.altlas.search.lucene;

import dev.altlas.archive.Facets.FacetField;

/** The names of the index fields that are not text (text fields: {@link BilingualAnalysis}). */
final class RunFields {
  static final String RUN_ID = "run_id";
  static final String DIGEST = "digest";
  static final String STATUS = "status";
  static final String MODE = "mode";
  static final String PERSONA = "persona";
  static final String LANGUAGE = "language";
  static final String TASK_TYPE = "task_type";
  static final String MODEL = "model";
  static final String TAG = "tag";
  static final String ERROR_CODE = "error_code";

  /** Microseconds since the epoch (points, doc values); the exact instant is stored as text. */
  static final String FINISHED_AT = "finished_at";

  static final String SUCCESS_RATE = "success_rate";
  static final String DURATION_MS = "duration_ms";

  /** Vectors of one length share a field; a query compares only vectors of its own length. */
  static String embedding(int dimensions) {
    return "embedding_" + dimensions;
  }

  static String of(FacetField field) {
    return switch (field) {
      case STATUS -> STATUS;
      case TASK_TYPE -> TASK_TYPE;
      case MODEL -> MODEL;
      case MODE -> MODE;
      case PERSONA -> PERSONA;
      case LANGUAGE -> LANGUAGE;
      case TAG -> TAG;
    };
  }

  private RunFields() {}
}
