package dev.altlas.archive;

import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The source of truth for archived {@code .last} records (relational: H2 embedded, PostgreSQL).
 * Search indexes are derived from it and can always be rebuilt from it.
 *
 * <p>Adapters: JDBC on H2 and PostgreSQL. One contract suite checks them.
 */
public interface ArchiveStore extends AutoCloseable {

  /**
   * Commits a record. A run is archived once: adding a run id that is already archived changes
   * nothing and returns the stored record with {@code added == false}. Except that a run of this
   * installation (an add with its plan) takes its id back from an upload (a record archived without
   * a plan): the upload is deleted and this record committed with a new sequence, {@code added ==
   * true}, so that an upload can never keep the place of the run that really had the id.
   *
   * @param plan the plan that ran, or null when unknown
   * @param embedding of the command, or null
   */
  Added add(RunResult result, Plan plan, Embedding embedding);

  /** What {@link #add} did. */
  record Added(ArchivedRun run, boolean added) {}

  Optional<ArchivedRun> find(String runId);

  /** Records with a sequence above {@code sequence}, in sequence order, at most {@code limit}. */
  List<ArchivedRun> after(long sequence, int limit);

  /** The highest sequence committed so far; 0 when empty. */
  long lastSequence();

  long count();

  /**
   * Deletes up to {@code limit} records that finished before {@code cutoff}, oldest first.
   *
   * @return the run ids deleted (empty when nothing is older), so derived indexes can follow
   */
  List<String> purgeFinishedBefore(Instant cutoff, int limit);

  /**
   * A named progress marker (e.g. how far an index has caught up, or where a reindex stopped), kept
   * with the records so it survives restarts.
   */
  Optional<String> checkpoint(String name);

  void saveCheckpoint(String name, String value);

  @Override
  void close();
}
