package dev.altlas.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code effects} table: what each side effect returned, by its idempotency key. */
final class EffectTable {
  /** The database's clock: the time only serves retention, and needs no caller to agree on it. */
  private static final String INSERT =
      "INSERT INTO effects (idempotency_key, result, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)";

  private static final String FIND = "SELECT result FROM effects WHERE idempotency_key = ?";

  private static final String DELETE_OF_RUN =
      "DELETE FROM effects WHERE idempotency_key LIKE ? ESCAPE '\\'";

  /** Plain insert: the primary key refuses a second record of the key (SQLState 23505). */
  void insert(Connection c, String key, String resultJson) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, key);
      ps.setString(2, resultJson);
      ps.executeUpdate();
    }
  }

  /**
   * Deletes the effects of a run. The engine keys every effect {@code RUN_ID/TASK_KEY/NAME}
   * (AttemptContext.once), so a run's effects are the keys starting with its id and a slash.
   */
  void deleteOfRun(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DELETE_OF_RUN)) {
      ps.setString(1, likeLiteral(runId) + "/%");
      ps.executeUpdate();
    }
  }

  /** The text as a LIKE pattern that matches only itself. */
  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  Optional<String> find(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
