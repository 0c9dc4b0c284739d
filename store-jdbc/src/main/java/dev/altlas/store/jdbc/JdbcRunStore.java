package dev.altlas.store.jdbc;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.RunResult;
import dev.altlas.run.Decision;
import dev.altlas.run.RunQuery;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link RunStore} on a relational database: an H2 file for one machine, PostgreSQL for many.
 *
 * <p>Every update is a compare-and-set: {@code UPDATE … WHERE … AND version = ?} with the caller's
 * version, true only if it changed one row. Insert-if-absent (decisions, side effects) is a plain
 * insert that loses to the primary key, so of any number of concurrent callers exactly one wins on
 * either database.
 *
 * <p>Plans and results are stored as their {@code .alt} / {@code .last} JSON, outputs and effect
 * results as JSON text (see {@link JsonValues} for what comes back). Instants are kept to the
 * microsecond.
 *
 * <p>Bad input fails with an {@link IllegalArgumentException} naming what is wrong; a failing or
 * unreachable database with a {@link RunStoreException} naming its URL.
 */
public final class JdbcRunStore implements RunStore {
  /** Runs looked up per query by a purge; each is then deleted in its own transaction. */
  static final int PURGE_BATCH = 100;

  private final Database database;
  private final Documents documents;
  private final RunTable runs;
  private final TaskTable tasks = new TaskTable();
  private final ApprovalTable approvals = new ApprovalTable();
  private final EffectTable effects = new EffectTable();

  private JdbcRunStore(Database database, TaskCatalog catalog) {
    this.database = database;
    this.documents = new Documents(catalog);
    this.runs = new RunTable(documents);
  }

  /** Opens the store on plans of the built-in task catalog. */
  public static JdbcRunStore open(JdbcSettings settings) {
    return open(settings, TaskCatalog.builtin());
  }

  /**
   * Connects, brings the tables up to date and returns the store; close it to release the pool.
   *
   * @param catalog the task types stored plans are validated against when read
   */
  public static JdbcRunStore open(JdbcSettings settings, TaskCatalog catalog) {
    return new JdbcRunStore(Database.openMigrated(settings, Database.Purpose.RUN_STORE), catalog);
  }

  @Override
  public void createRun(RunRecord run, List<TaskRecord> taskRecords) {
    InputRules.newRun(run, taskRecords);
    String plan = documents.writePlan(run.plan(), run.runId());
    database.inTransaction(
        "createRun " + run.runId(),
        c -> {
          try {
            runs.insert(c, run, plan);
          } catch (SQLException e) {
            if (Database.isDuplicateKey(e)) {
              throw new IllegalArgumentException(
                  "createRun: run '" + run.runId() + "' already exists", e);
            }
            throw e;
          }
          tasks.insert(c, taskRecords);
          return null;
        });
  }

  @Override
  public Optional<RunRecord> findRun(String runId) {
    return database.run("findRun " + runId, c -> runs.find(c, runId));
  }

  @Override
  public List<TaskRecord> tasks(String runId) {
    return database.run("tasks of " + runId, c -> tasks.inOrder(c, runId));
  }

  @Override
  public Optional<TaskRecord> task(String runId, String key) {
    return database.run("task " + key + " of " + runId, c -> tasks.find(c, runId, key));
  }

  @Override
  public boolean updateRun(RunRecord expected, RunRecord next) {
    InputRules.runUpdate(expected, next);
    return database.run("updateRun " + expected.runId(), c -> runs.update(c, expected, next));
  }

  @Override
  public boolean updateTask(TaskRecord expected, TaskRecord next) {
    InputRules.taskUpdate(expected, next, "updateTask");
    return database.run(
        "updateTask " + expected.key() + " of " + expected.runId(),
        c -> tasks.update(c, expected, next));
  }

  @Override
  public boolean fanOut(TaskRecord expected, TaskRecord next, List<TaskRecord> items) {
    InputRules.fanOut(expected, next, items);
    return database.inTransaction(
        "fanOut " + expected.key() + " of " + expected.runId(),
        c -> {
          // the row lock this takes keeps a second fan-out of the task waiting until we commit
          if (!tasks.update(c, expected, next)) {
            return false;
          }
          try {
            tasks.insert(c, items);
          } catch (SQLException e) {
            if (Database.isDuplicateKey(e)) {
              throw new IllegalArgumentException(
                  "fanOut of task '"
                      + expected.key()
                      + "' of run '"
                      + expected.runId()
                      + "': an item key already exists",
                  e);
            }
            throw e;
          }
          return true;
        });
  }

  @Override
  public boolean requestCancel(String runId) {
    return database.run("requestCancel " + runId, c -> runs.requestCancel(c, runId));
  }

  @Override
  public List<String> unfinishedRuns() {
    return database.run("unfinishedRuns", runs::unfinished);
  }

  @Override
  public List<RunRecord> listRuns(RunQuery query) {
    if (query == null) {
      throw new IllegalArgumentException("listRuns: query is null");
    }
    return database.run("listRuns", c -> runs.list(c, query));
  }

  @Override
  public void saveResult(RunResult result) {
    if (result == null) {
      throw new IllegalArgumentException("saveResult: result is null");
    }
    String text = documents.writeResult(result);
    boolean saved =
        database.run("saveResult " + result.runId(), c -> runs.saveResult(c, result.runId(), text));
    if (!saved) {
      throw new IllegalArgumentException(
          "saveResult: there is no run '" + result.runId() + "' to save the result of");
    }
  }

  @Override
  public Optional<RunResult> result(String runId) {
    return database
        .run("result of " + runId, c -> runs.result(c, runId))
        .map(documents::readResult);
  }

  @Override
  public boolean decide(String runId, String taskId, Decision decision) {
    InputRules.decision(runId, taskId, decision);
    return database.run(
        "decide " + taskId + " of " + runId,
        c -> {
          try {
            approvals.insert(c, runId, taskId, decision);
            return true;
          } catch (SQLException e) {
            if (Database.isDuplicateKey(e)) {
              return false;
            }
            if (Database.isMissingParent(e)) {
              throw new IllegalArgumentException(
                  "decide: there is no run '" + runId + "' with a task to decide on", e);
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<Decision> decision(String runId, String taskId) {
    return database.run(
        "decision " + taskId + " of " + runId, c -> approvals.find(c, runId, taskId));
  }

  @Override
  public boolean recordEffect(String key, Object result) {
    InputRules.effect(key, result);
    String json = JsonValues.write(result, "result of side effect '" + key + "'");
    return database.run(
        "recordEffect " + key,
        c -> {
          try {
            effects.insert(c, key, json);
            return true;
          } catch (SQLException e) {
            if (Database.isDuplicateKey(e)) {
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<Object> effect(String key) {
    return database.run("effect " + key, c -> effects.find(c, key)).map(JsonValues::read);
  }

  /**
   * Finds a batch of candidates, then deletes each in a transaction of its own: the run row (its
   * tasks and approvals cascade, the result is a column of it) and then the side-effect records
   * keyed under its id. A run that changed since it was found is left alone and not counted.
   */
  @Override
  public int purgeFinishedBefore(Instant cutoff, int limit) {
    if (cutoff == null) {
      throw new IllegalArgumentException("purgeFinishedBefore: cutoff is null");
    }
    if (limit < 1) {
      throw new IllegalArgumentException(
          "purgeFinishedBefore: limit must be at least 1, was " + limit);
    }
    int deleted = 0;
    while (deleted < limit) {
      int batch = Math.min(PURGE_BATCH, limit - deleted);
      List<String> found =
          database.run("purgeFinishedBefore " + cutoff, c -> runs.finishedBefore(c, cutoff, batch));
      for (String runId : found) {
        boolean gone =
            database.inTransaction(
                "purge run " + runId,
                c -> {
                  if (!runs.deleteFinished(c, runId, cutoff)) {
                    return false;
                  }
                  effects.deleteOfRun(c, runId);
                  return true;
                });
        if (gone) {
          documents.forget(runId);
          deleted++;
        }
      }
      if (found.size() < batch) {
        break;
      }
    }
    return deleted;
  }

  @Override
  public void close() {
    database.close();
  }
}
