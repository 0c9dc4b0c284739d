package dev.altlas.store.jdbc;

import dev.altlas.run.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code approvals} table: one decision per approval task, first writer wins. */
final class ApprovalTable {
  private static final String INSERT =
      "INSERT INTO approvals (run_id, task_id, approved, decided_by, comment, decided_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String FIND =
      "SELECT approved, decided_by, comment, decided_at FROM approvals"
          + " WHERE run_id = ? AND task_id = ?";

  /** Plain insert: the primary key refuses a second decision (SQLState 23505). */
  void insert(Connection c, String runId, String taskId, Decision d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, runId);
      ps.setString(2, taskId);
      ps.setBoolean(3, d.approved());
      ps.setString(4, d.by());
      Columns.setText(ps, 5, d.comment());
      Columns.setInstant(ps, 6, d.at());
      ps.executeUpdate();
    }
  }

  Optional<Decision> find(Connection c, String runId, String taskId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, runId);
      ps.setString(2, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Decision(
                rs.getBoolean("approved"),
                rs.getString("decided_by"),
                rs.getString("comment"),
                Columns.instant(rs, "decided_at")));
      }
    }
  }
}
