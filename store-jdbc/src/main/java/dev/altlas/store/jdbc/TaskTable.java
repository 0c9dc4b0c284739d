package dev.altlas.store.jdbc;

import dev.altlas.model.TaskError;
import dev.altlas.model.TokenUsage;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code run_tasks} table: its statements and how a row maps to a {@link TaskRecord}. */
final class TaskTable {
  private static final String COLUMNS =
      "run_id, task_key, task_id, item_index, state, attempts, not_before, lease_owner,"
          + " lease_until, started_at, finished_at, output, error_code, error_message, model,"
          + " input_tokens, output_tokens, version";

  /** {@code seq} is left to the identity column, which counts up in insertion order. */
  private static final String INSERT =
      "INSERT INTO run_tasks ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String LIST = "SELECT " + COLUMNS + " FROM run_tasks WHERE run_id = ?";
  private static final String IN_ORDER = LIST + " ORDER BY seq";
  private static final String FIND = LIST + " AND task_key = ?";
  private static final String UPDATE =
      "UPDATE run_tasks SET state = ?, attempts = ?, not_before = ?, lease_owner = ?,"
          + " lease_until = ?, started_at = ?, finished_at = ?, output = ?, error_code = ?,"
          + " error_message = ?, model = ?, input_tokens = ?, output_tokens = ?,"
          + " version = version + 1"
          + " WHERE run_id = ? AND task_key = ? AND version = ?";

  /** Adds the rows in the order given, in one batch. */
  void insert(Connection c, List<TaskRecord> tasks) throws SQLException {
    if (tasks.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (TaskRecord t : tasks) {
        ps.setString(1, t.runId());
        ps.setString(2, t.key());
        ps.setString(3, t.taskId());
        Columns.setInteger(ps, 4, t.item());
        bindState(ps, 5, t);
        ps.setLong(18, t.version());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  List<TaskRecord> inOrder(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(IN_ORDER)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        var tasks = new ArrayList<TaskRecord>();
        while (rs.next()) {
          tasks.add(map(rs));
        }
        return tasks;
      }
    }
  }

  Optional<TaskRecord> find(Connection c, String runId, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, runId);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** Compare-and-set on {@code version}: true if the row was {@code expected} and is now next. */
  boolean update(Connection c, TaskRecord expected, TaskRecord next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      bindState(ps, 1, next);
      ps.setString(14, expected.runId());
      ps.setString(15, expected.key());
      ps.setLong(16, expected.version());
      return ps.executeUpdate() == 1;
    }
  }

  /** Binds state … output_tokens (13 columns, in the order of COLUMNS) from {@code first} on. */
  private static void bindState(PreparedStatement ps, int first, TaskRecord t) throws SQLException {
    int i = first;
    ps.setString(i++, t.state().name());
    ps.setInt(i++, t.attempts());
    Columns.setInstant(ps, i++, t.notBefore());
    Columns.setText(ps, i++, t.leaseOwner());
    Columns.setInstant(ps, i++, t.leaseUntil());
    Columns.setInstant(ps, i++, t.startedAt());
    Columns.setInstant(ps, i++, t.finishedAt());
    Columns.setText(
        ps,
        i++,
        t.output() == null
            ? null
            : JsonValues.write(t.output(), "output of task '" + t.key() + "'"));
    Columns.setText(ps, i++, t.error() == null ? null : t.error().code());
    Columns.setText(ps, i++, t.error() == null ? null : t.error().message());
    Columns.setText(ps, i++, t.model());
    Columns.setLong(ps, i++, t.usage() == null ? null : t.usage().inputTokens());
    Columns.setLong(ps, i, t.usage() == null ? null : t.usage().outputTokens());
  }

  private static TaskRecord map(ResultSet rs) throws SQLException {
    String errorCode = rs.getString("error_code");
    Long inputTokens = Columns.longOrNull(rs, "input_tokens");
    Long outputTokens = Columns.longOrNull(rs, "output_tokens");
    return new TaskRecord(
        rs.getString("run_id"),
        rs.getString("task_key"),
        rs.getString("task_id"),
        Columns.integerOrNull(rs, "item_index"),
        TaskState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        Columns.instant(rs, "not_before"),
        rs.getString("lease_owner"),
        Columns.instant(rs, "lease_until"),
        Columns.instant(rs, "started_at"),
        Columns.instant(rs, "finished_at"),
        JsonValues.read(rs.getString("output")),
        errorCode == null ? null : new TaskError(errorCode, rs.getString("error_message")),
        rs.getString("model"),
        inputTokens == null ? null : new TokenUsage(inputTokens, outputTokens),
        rs.getLong("version"));
  }
}
