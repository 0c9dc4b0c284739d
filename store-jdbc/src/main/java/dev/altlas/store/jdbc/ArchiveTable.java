package dev.altlas.store.jdbc;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.format.StoredForm;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code archived_runs} table and its {@code archive_sequence} counter: the statements and how
 * a row maps to an {@link ArchivedRun}.
 */
final class ArchiveTable {
  private static final String COLUMNS = "seq, archived_at, digest, result, plan, embedding";

  private static final String INSERT =
      "INSERT INTO archived_runs (seq, run_id, archived_at, finished_at, digest, result, plan,"
          + " embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND = "SELECT " + COLUMNS + " FROM archived_runs WHERE run_id = ?";
  private static final String AFTER =
      "SELECT "
          + COLUMNS
          + " FROM archived_runs WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM archived_runs";

  /** Takes the counter's row lock, which the transaction holds until it ends. */
  private static final String BUMP_SEQUENCE =
      "UPDATE archive_sequence SET last_value = last_value + 1 WHERE id = 1";

  private static final String LAST_SEQUENCE =
      "SELECT last_value FROM archive_sequence WHERE id = 1";
  private static final String OLDEST_BEFORE =
      "SELECT seq, run_id FROM archived_runs WHERE finished_at < ?"
          + " ORDER BY finished_at, seq FETCH FIRST ? ROWS ONLY";
  private static final String DELETE = "DELETE FROM archived_runs WHERE seq = ?";

  /**
   * The next sequence, taken under the counter's row lock: until this transaction ends, every other
   * add waits here, so records commit in the order of their sequences.
   */
  long nextSequence(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(BUMP_SEQUENCE)) {
      if (ps.executeUpdate() != 1) {
        throw new SQLException("the archive_sequence row is missing");
      }
    }
    return lastSequence(c);
  }

  long lastSequence(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LAST_SEQUENCE);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the archive_sequence row is missing");
      }
      return rs.getLong(1);
    }
  }

  /**
   * @param resultText the stored form of {@code run.result()}, whose digest the record carries
   * @param planText the stored form of {@code run.plan()}, or null
   */
  void insert(Connection c, ArchivedRun run, String resultText, String planText)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setLong(1, run.sequence());
      ps.setString(2, run.runId());
      Columns.setInstant(ps, 3, run.archivedAt());
      Columns.setInstant(ps, 4, run.finishedAt());
      ps.setString(5, run.digest());
      ps.setString(6, resultText);
      Columns.setText(ps, 7, planText);
      if (run.embedding() == null) {
        ps.setNull(8, Types.VARBINARY);
      } else {
        ps.setBytes(8, bytes(run.embedding()));
      }
      ps.executeUpdate();
    }
  }

  /** Deletes one record, by its sequence. */
  void delete(Connection c, long sequence) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DELETE)) {
      ps.setLong(1, sequence);
      ps.executeUpdate();
    }
  }

  Optional<ArchivedRun> find(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  List<ArchivedRun> after(Connection c, long sequence, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(AFTER)) {
      ps.setLong(1, sequence);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        var runs = new ArrayList<ArchivedRun>();
        while (rs.next()) {
          runs.add(map(rs));
        }
        return runs;
      }
    }
  }

  long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COUNT);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Deletes up to {@code limit} records finished before {@code cutoff}, oldest first, in one batch.
   */
  Purged purgeOldest(Connection c, Instant cutoff, int limit) throws SQLException {
    var sequences = new ArrayList<Long>();
    var runIds = new ArrayList<String>();
    try (PreparedStatement ps = c.prepareStatement(OLDEST_BEFORE)) {
      Columns.setInstant(ps, 1, cutoff);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sequences.add(rs.getLong(1));
          runIds.add(rs.getString(2));
        }
      }
    }
    if (sequences.isEmpty()) {
      return new Purged(List.of(), false);
    }
    try (PreparedStatement ps = c.prepareStatement(DELETE)) {
      for (long sequence : sequences) {
        ps.setLong(1, sequence);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      var deleted = new ArrayList<String>();
      for (int i = 0; i < counts.length; i++) {
        // 0 when a concurrent purge deleted the record first: it is that purge's to report
        if (counts[i] > 0) {
          deleted.add(runIds.get(i));
        }
      }
      return new Purged(deleted, sequences.size() == limit);
    }
  }

  /**
   * What one {@link #purgeOldest} did.
   *
   * @param runIds of the records it deleted, oldest first
   * @param mayBeMore whether it found as many as it was allowed, so older ones may remain
   */
  record Purged(List<String> runIds, boolean mayBeMore) {}

  private static ArchivedRun map(ResultSet rs) throws SQLException {
    String plan = rs.getString("plan");
    byte[] embedding = rs.getBytes("embedding");
    return new ArchivedRun(
        rs.getLong("seq"),
        Columns.instant(rs, "archived_at"),
        rs.getString("digest"),
        StoredForm.fromJson(rs.getString("result"), RunResult.class),
        plan == null ? null : StoredForm.fromJson(plan, Plan.class),
        embedding == null ? null : embedding(embedding));
  }

  /** float32 values, little-endian, 4 bytes each. */
  private static byte[] bytes(Embedding embedding) {
    float[] values = embedding.values();
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
    buffer.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
    return buffer.array();
  }

  private static Embedding embedding(byte[] bytes) {
    float[] values = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return new Embedding(values);
  }
}
