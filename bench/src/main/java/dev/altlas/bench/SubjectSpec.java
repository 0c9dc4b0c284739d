package dev.altlas.bench;

/**
 * A system under test as the table names it, and how to start it.
 *
 * @param key what {@code --systems} selects it by
 * @param system e.g. {@code ALT_LAS}, {@code db-scheduler}
 * @param database the database it runs on, e.g. {@code PostgreSQL}
 * @param unit what one unit of work is, e.g. {@code 2-task plan}
 * @param settings its concurrency settings, printed under the table
 * @param storedAt where the end of a unit's latency is taken: when its result counts as stored
 * @param opener starts it on a fresh database, reporting completions to the given sink
 */
record SubjectSpec(
    String key,
    String system,
    String database,
    String unit,
    String settings,
    String storedAt,
    Opener opener) {

  /** Starts a subject; it reports every stored result to {@code completions}. */
  @FunctionalInterface
  interface Opener {
    Subject open(Completions completions) throws Exception;
  }
}
