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

  /** Plain insert: the primary key refuses a second record of the key (SQLState 23505). */
  void insert(Connection c, String key, String resultJson) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, key);
      ps.setString(2, resultJson);
      ps.executeUpdate();
    }
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
