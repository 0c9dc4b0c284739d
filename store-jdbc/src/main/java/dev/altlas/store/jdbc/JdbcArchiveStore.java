package dev.altlas.store.jdbc;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Problem;
import dev.altlas.format.StoredForm;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArchiveStore} on the same relational database as the run store: an H2 file for one
 * machine, PostgreSQL for many. Both stores may be open on one database at once, in one process or
 * (H2 in auto-server mode) in several.
 *
 * <p>Sequences: an add takes the next value of a one-row counter with {@code UPDATE … SET
 * last_value = last_value + 1} in the transaction that inserts the record. The row lock that update
 * takes is held until commit, so adds commit one after another in sequence order and a reader
 * following {@link #after} never finds a lower sequence appearing behind one it has passed. The
 * price is that adds do not run in parallel, which an archive written once per finished run can
 * afford. The same lock makes the second of two adds of one run id see the first and change
 * nothing; or, when the first was an upload (no plan) and the second a run of this installation,
 * replace it.
 *
 * <p>Stored form: the result as its {@code .last} JSON (its SHA-256 is the digest), the plan as its
 * {@code .alt} JSON, the embedding as float32 little-endian bytes. Both documents are validated on
 * the way in (the result against the {@code .last} schema), so what is archived can be read by any
 * ALT_LAS tool. {@code add} answers the record as stored, read back from that JSON, so it equals
 * what {@link #find} and {@link #after} give later.
 *
 * <p>Bad input fails with an {@link IllegalArgumentException} naming the field and storing nothing;
 * a failing or unreachable database with an {@link ArchiveStoreException} naming its URL.
 */
public final class JdbcArchiveStore implements ArchiveStore {
  /** The {@code .last} schema's limit for ids. */
  static final int MAX_RUN_ID = 128;

  /** The width of the checkpoint name column. */
  static final int MAX_CHECKPOINT_NAME = 255;

  /** Far above any embedding model's (all-MiniLM-L6-v2 gives 384, the largest today ~4096). */
  static final int MAX_EMBEDDING_DIMENSIONS = 16_384;

  /** Records deleted per transaction by a purge, so no call holds one huge transaction. */
  static final int PURGE_BATCH = 100;

  private final Database database;
  private final DocumentReader reader;
  private final PlanValidator plans;
  private final ArchiveTable records = new ArchiveTable();
  private final CheckpointTable checkpoints = new CheckpointTable();

  private JdbcArchiveStore(Database database, TaskCatalog catalog) {
    this.database = database;
    this.reader = new DocumentReader(catalog);
    this.plans = new PlanValidator(catalog);
  }

  /** Opens the archive, validating plans against the built-in task catalog. */
  public static JdbcArchiveStore open(JdbcSettings settings) {
    return open(settings, TaskCatalog.builtin());
  }

  /**
   * Connects, brings the tables (the run store's too: they share one schema) up to date and returns
   * the store; close it to release its pool.
   *
   * @param catalog the task types archived plans are validated against
   */
  public static JdbcArchiveStore open(JdbcSettings settings, TaskCatalog catalog) {
    return new JdbcArchiveStore(Database.openMigrated(settings, Database.Purpose.ARCHIVE), catalog);
  }

  @Override
  public Added add(RunResult result, Plan plan, Embedding embedding) {
    String runId = checkRunId(result);
    String what = "add of run '" + runId + "': ";
    String resultText = StoredForm.toJson(result);
    RunResult storedResult = readResult(resultText, what);
    String planText = plan == null ? null : planText(plan, storedResult, what);
    Plan storedPlan = planText == null ? null : StoredForm.fromJson(planText, Plan.class);
    checkEmbedding(embedding, what);
    String digest = sha256(resultText);

    var row = new Row(storedResult, storedPlan, embedding, digest, resultText, planText);
    // A second round only when an upload of the id committed between this add's look and insert.
    for (int round = 0; ; round++) {
      Optional<ArchivedRun> archived = find(runId);
      if (archived.isPresent() && !takesOver(plan, archived.get())) {
        return new Added(archived.get(), false);
      }
      try {
        return commit(row, archived.isPresent());
      } catch (ArchiveStoreException e) {
        // another add of the run committed after this one looked: the run is archived, once
        boolean duplicate =
            e.getCause() instanceof SQLException sql && Database.isDuplicateKey(sql);
        if (!duplicate) {
          throw e;
        }
        Optional<ArchivedRun> other = find(runId);
        if (round > 0 || other.isEmpty() || !takesOver(plan, other.get())) {
          return new Added(other.orElseThrow(() -> e), false);
        }
      }
    }
  }

  /**
   * Whether an add with {@code plan} replaces the archived record: a run of this installation (its
   * plan is known) over an upload of the same id (no plan), so that an upload can never keep the id
   * of a run from the run that really had it.
   */
  private static boolean takesOver(Plan plan, ArchivedRun archived) {
    return plan != null && archived.plan() == null;
  }

  /** What {@link #add} stores, checked and in stored form. */
  private record Row(
      RunResult result,
      Plan plan,
      Embedding embedding,
      String digest,
      String resultText,
      String planText) {}

  /**
   * Inserts the record with the next sequence; when {@code replacing}, first deletes the upload of
   * its id, unless a run with a plan took its place meanwhile. The replacement gets a new sequence,
   * so search indexes, following by sequence, index it over the upload.
   */
  private Added commit(Row row, boolean replacing) {
    String runId = row.result().runId();
    Instant archivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return database.inTransaction(
        (replacing ? "replace upload of " : "add ") + runId,
        c -> {
          // the sequence rule relies on each statement seeing what committed before it started
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
          long sequence = records.nextSequence(c);
          if (replacing) {
            Optional<ArchivedRun> upload = records.find(c, runId);
            if (upload.isPresent() && upload.get().plan() != null) {
              return new Added(upload.get(), false);
            }
            if (upload.isPresent()) {
              records.delete(c, upload.get().sequence());
            }
          }
          var run =
              new ArchivedRun(
                  sequence, archivedAt, row.digest(), row.result(), row.plan(), row.embedding());
          records.insert(c, run, row.resultText(), row.planText());
          return new Added(run, true);
        });
  }

  @Override
  public Optional<ArchivedRun> find(String runId) {
    require(runId != null, "find: runId is null");
    return database.run("find " + runId, c -> records.find(c, runId));
  }

  @Override
  public List<ArchivedRun> after(long sequence, int limit) {
    require(limit >= 1, "after: limit must be at least 1, was " + limit);
    return database.run("after sequence " + sequence, c -> records.after(c, sequence, limit));
  }

  @Override
  public long lastSequence() {
    return database.run("lastSequence", records::lastSequence);
  }

  @Override
  public long count() {
    return database.run("count", records::count);
  }

  @Override
  public List<String> purgeFinishedBefore(Instant cutoff, int limit) {
    require(cutoff != null, "purgeFinishedBefore: cutoff is null");
    require(limit >= 1, "purgeFinishedBefore: limit must be at least 1, was " + limit);
    var deleted = new ArrayList<String>();
    while (deleted.size() < limit) {
      int batch = Math.min(PURGE_BATCH, limit - deleted.size());
      ArchiveTable.Purged purged =
          database.inTransaction(
              "purgeFinishedBefore " + cutoff, c -> records.purgeOldest(c, cutoff, batch));
      deleted.addAll(purged.runIds());
      if (!purged.mayBeMore()) {
        break;
      }
    }
    return deleted;
  }

  @Override
  public Optional<String> checkpoint(String name) {
    checkCheckpointName(name, "checkpoint");
    return database.run("checkpoint " + name, c -> checkpoints.find(c, name));
  }

  @Override
  public void saveCheckpoint(String name, String value) {
    checkCheckpointName(name, "saveCheckpoint");
    require(value != null, "saveCheckpoint '" + name + "': value is null");
    database.run(
        "saveCheckpoint " + name,
        c -> {
          checkpoints.save(c, name, value);
          return null;
        });
  }

  @Override
  public void close() {
    database.close();
  }

  private static String checkRunId(RunResult result) {
    require(result != null, "add: result is null");
    String runId = result.runId();
    require(runId != null && !runId.isBlank(), "add: the result has no run_id");
    if (runId.length() > MAX_RUN_ID) {
      throw new IllegalArgumentException(
          "add: run_id is "
              + runId.length()
              + " characters long; at most "
              + MAX_RUN_ID
              + " are allowed (it starts '"
              + runId.substring(0, 40)
              + "…')");
    }
    return runId;
  }

  /** The result as the {@code .last} reader binds its stored form, after checking it is valid. */
  private RunResult readResult(String resultText, String what) {
    try {
      return reader.readRun(resultText);
    } catch (InvalidDocumentException e) {
      throw new IllegalArgumentException(what + e.getMessage(), e);
    }
  }

  private String planText(Plan plan, RunResult result, String what) {
    List<Problem> problems = plans.validate(plan);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          what + new InvalidDocumentException("the plan", problems).getMessage());
    }
    require(
        plan.id() != null && plan.id().equals(result.plan().id()),
        what
            + "the plan is '"
            + plan.id()
            + "' but the result's plan.id says '"
            + result.plan().id()
            + "' ran");
    return StoredForm.toJson(plan);
  }

  private static void checkEmbedding(Embedding embedding, String what) {
    if (embedding == null) {
      return;
    }
    require(embedding.dimensions() > 0, what + "the embedding has no values");
    require(
        embedding.dimensions() <= MAX_EMBEDDING_DIMENSIONS,
        what
            + "the embedding has "
            + embedding.dimensions()
            + " values; at most "
            + MAX_EMBEDDING_DIMENSIONS
            + " are kept");
  }

  private static void checkCheckpointName(String name, String operation) {
    require(name != null && !name.isBlank(), operation + ": the checkpoint name is blank");
    require(
        name.length() <= MAX_CHECKPOINT_NAME,
        operation
            + ": the checkpoint name is "
            + name.length()
            + " characters long; at most "
            + MAX_CHECKPOINT_NAME
            + " are allowed");
  }

  private static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
