package dev.altlas.store.jdbc;

import dev.altlas.run.RunQuery;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code runs} table: its statements and how a row maps to a {@link RunRecord}. */
final class RunTable {
  private static final String COLUMNS =
      "id, plan, state, cancel_requested, owner, created_at, started_at, finished_at, version";

  /** Matches the predicate of PostgreSQL's partial index {@code runs_unfinished}. */
  private static final String UNFINISHED =
      Arrays.stream(RunState.values())
          .filter(s -> !s.finished())
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "state IN (", ")"));

  private static final String INSERT =
      "INSERT INTO runs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND = "SELECT " + COLUMNS + " FROM runs WHERE id = ?";
  private static final String UPDATE =
      "UPDATE runs SET state = ?, cancel_requested = ?, started_at = ?, finished_at = ?,"
          + " version = version + 1 WHERE id = ? AND version = ?";

  /** Sets the flag; bumps the version only when the flag was not yet set. */
  private static final String REQUEST_CANCEL =
      "UPDATE runs SET cancel_requested = TRUE,"
          + " version = CASE WHEN cancel_requested THEN version ELSE version + 1 END"
          + " WHERE id = ? AND "
          + UNFINISHED;

  private static final String LIST_UNFINISHED =
      "SELECT id FROM runs WHERE " + UNFINISHED + " ORDER BY created_at, id";
  private static final String CREATED_AT = "SELECT created_at FROM runs WHERE id = ?";
  private static final String SAVE_RESULT = "UPDATE runs SET result = ? WHERE id = ?";
  private static final String RESULT = "SELECT result FROM runs WHERE id = ?";

  private static final String FINISHED =
      Arrays.stream(RunState.values())
          .filter(RunState::finished)
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "state IN (", ")"));
  private static final String FINISHED_BEFORE =
      "SELECT id FROM runs WHERE finished_at < ? AND "
          + FINISHED
          + " ORDER BY finished_at, id FETCH FIRST ? ROWS ONLY";

  /** Checks again what {@link #finishedBefore} found: the row may have changed since. */
  private static final String DELETE_FINISHED =
      "DELETE FROM runs WHERE id = ? AND finished_at < ? AND " + FINISHED;

  private final Documents documents;

  RunTable(Documents documents) {
    this.documents = documents;
  }

  void insert(Connection c, RunRecord run, String planText) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, run.runId());
      ps.setString(2, planText);
      ps.setString(3, run.state().name());
      ps.setBoolean(4, run.cancelRequested());
      ps.setString(5, run.owner());
      Columns.setInstant(ps, 6, run.createdAt());
      Columns.setInstant(ps, 7, run.startedAt());
      Columns.setInstant(ps, 8, run.finishedAt());
      ps.setLong(9, run.version());
      ps.executeUpdate();
    }
  }

  Optional<RunRecord> find(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  boolean update(Connection c, RunRecord expected, RunRecord next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setString(1, next.state().name());
      ps.setBoolean(2, next.cancelRequested());
      Columns.setInstant(ps, 3, next.startedAt());
      Columns.setInstant(ps, 4, next.finishedAt());
      ps.setString(5, expected.runId());
      ps.setLong(6, expected.version());
      return ps.executeUpdate() == 1;
    }
  }

  boolean requestCancel(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(REQUEST_CANCEL)) {
      ps.setString(1, runId);
      return ps.executeUpdate() == 1;
    }
  }

  List<String> unfinished(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LIST_UNFINISHED);
        ResultSet rs = ps.executeQuery()) {
      var ids = new ArrayList<String>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    }
  }

  /** Newest first by (created_at, id); {@code before} continues after that run (keyset paging). */
  List<RunRecord> list(Connection c, RunQuery query) throws SQLException {
    var sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM runs WHERE 1 = 1");
    var params = new ArrayList<Object>();
    if (query.state() != null) {
      sql.append(" AND state = ?");
      params.add(query.state().name());
    }
    if (query.owner() != null) {
      sql.append(" AND owner = ?");
      params.add(query.owner());
    }
    if (query.since() != null) {
      sql.append(" AND created_at >= ?");
      params.add(query.since());
    }
    if (query.before() != null) {
      Instant cursor =
          createdAt(c, query.before())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "listRuns: 'before' names run '"
                              + query.before()
                              + "', which does not exist"));
      sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
      params.add(cursor);
      params.add(cursor);
      params.add(query.before());
    }
    sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY");
    params.add(query.limit());
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        switch (params.get(i)) {
          case Instant at -> Columns.setInstant(ps, i + 1, at);
          case Integer n -> ps.setInt(i + 1, n);
          case String s -> ps.setString(i + 1, s);
          default -> throw new IllegalStateException("no binding for " + params.get(i));
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        var runs = new ArrayList<RunRecord>();
        while (rs.next()) {
          runs.add(map(rs));
        }
        return runs;
      }
    }
  }

  /** Up to {@code limit} finished runs that finished before {@code cutoff}, oldest first. */
  List<String> finishedBefore(Connection c, Instant cutoff, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FINISHED_BEFORE)) {
      Columns.setInstant(ps, 1, cutoff);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        var ids = new ArrayList<String>();
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
        return ids;
      }
    }
  }

  /**
   * Deletes the run if it is still finished before {@code cutoff}; its tasks and approvals go with
   * it (their foreign keys cascade), its result is a column of the row.
   */
  boolean deleteFinished(Connection c, String runId, Instant cutoff) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DELETE_FINISHED)) {
      ps.setString(1, runId);
      Columns.setInstant(ps, 2, cutoff);
      return ps.executeUpdate() == 1;
    }
  }

  boolean saveResult(Connection c, String runId, String resultText) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SAVE_RESULT)) {
      ps.setString(1, resultText);
      ps.setString(2, runId);
      return ps.executeUpdate() == 1;
    }
  }

  Optional<String> result(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(RESULT)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private Optional<Instant> createdAt(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CREATED_AT)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Columns.instant(rs, "created_at")) : Optional.empty();
      }
    }
  }

  private RunRecord map(ResultSet rs) throws SQLException {
    return new RunRecord(
        rs.getString("id"),
        documents.readPlan(rs.getString("id"), rs.getString("plan")),
        RunState.valueOf(rs.getString("state")),
        rs.getBoolean("cancel_requested"),
        rs.getString("owner"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "started_at"),
        Columns.instant(rs, "finished_at"),
        rs.getLong("version"));
  }
}
