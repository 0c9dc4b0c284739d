package dev.altlas.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code archive_checkpoints} table: one value per name, the last one saved. */
final class CheckpointTable {
  /** The database's clock: the time only tells a person when an index last moved. */
  private static final String UPDATE =
      "UPDATE archive_checkpoints SET checkpoint_value = ?, updated_at = CURRENT_TIMESTAMP"
          + " WHERE name = ?";

  private static final String INSERT =
      "INSERT INTO archive_checkpoints (name, checkpoint_value, updated_at)"
          + " VALUES (?, ?, CURRENT_TIMESTAMP)";
  private static final String FIND =
      "SELECT checkpoint_value FROM archive_checkpoints WHERE name = ?";

  /**
   * Update, else insert, else (another writer inserted the name in between) update: the same SQL on
   * both databases, each statement committing alone on the auto-commit connection given.
   */
  void save(Connection c, String name, String value) throws SQLException {
    if (update(c, name, value)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, name);
      ps.setString(2, value);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!Database.isDuplicateKey(e) || !update(c, name, value)) {
        throw e;
      }
    }
  }

  Optional<String> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static boolean update(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setString(1, value);
      ps.setString(2, name);
      return ps.executeUpdate() == 1;
    }
  }
}
