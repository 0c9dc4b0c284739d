package dev.altlas.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The connection pool, and the one place where a unit of work gets a connection and where driver
 * exceptions turn into what callers of the store can act on.
 */
final class Database implements AutoCloseable {
  /** SQLState of a unique or primary key violation; H2 and PostgreSQL both use it. */
  private static final String DUPLICATE_KEY = "23505";

  /** SQLStates of an insert whose foreign key names no row: PostgreSQL's, then H2's. */
  private static final List<String> NO_SUCH_PARENT = List.of("23503", "23506");

  /**
   * H2's error codes for a file another process holds: DATABASE_ALREADY_OPEN_1 ("Locked by another
   * process") and ERROR_OPENING_DATABASE_1 ("Lock file recently modified").
   */
  private static final Set<Integer> H2_FILE_HELD = Set.of(90020, 8000);

  /** How long a process holding the embedded file waits, on close, for those it serves. */
  private static final Duration OTHER_PROCESSES_PATIENCE = Duration.ofSeconds(30);

  /** How long to keep trying when another process is taking or handing over the file. */
  private static final Duration LOCKED_FILE_PATIENCE = Duration.ofSeconds(30);

  private final HikariDataSource pool;
  private final String where;
  private final Purpose purpose;
  private final JdbcSettings.Vendor vendor;

  private Database(
      HikariDataSource pool, String where, Purpose purpose, JdbcSettings.Vendor vendor) {
    this.pool = pool;
    this.where = where;
    this.purpose = purpose;
    this.vendor = vendor;
  }

  /** What a pool serves: it names the pool and the database in messages, and the exception. */
  enum Purpose {
    RUN_STORE("run store"),
    ARCHIVE("archive");

    private final String label;

    Purpose(String label) {
      this.label = label;
    }

    /** How messages name it: {@code run store}, {@code archive}. */
    String label() {
      return label;
    }

    RuntimeException failure(String message, Throwable cause) {
      return switch (this) {
        case RUN_STORE -> new RunStoreException(message, cause);
        case ARCHIVE -> new ArchiveStoreException(message, cause);
      };
    }
  }

  /**
   * Connects and brings the tables (the run store's and the archive's: they share one schema) up to
   * date.
   *
   * @throws DatabaseFileException when an embedded database's file cannot be written, or is empty
   *     or damaged
   */
  static Database openMigrated(JdbcSettings settings, Purpose purpose) {
    Database database = connect(settings, purpose);
    try {
      SchemaMigrations.apply(database, settings.vendor());
      return database;
    } catch (RuntimeException e) {
      database.close();
      // H2 may open a damaged file and fail only when the migrations read it.
      throw EmbeddedFile.of(settings).map(file -> file.explain(e)).orElse(e);
    }
  }

  static Database connect(JdbcSettings settings, Purpose purpose) {
    var config = new HikariConfig();
    config.setPoolName("altlas-" + purpose.label().replace(' ', '-'));
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    // A stopped database fails calls after 10 s rather than Hikari's 30, so the engine hears soon.
    config.setConnectionTimeout(10_000);
    Optional<EmbeddedFile> embedded = EmbeddedFile.of(settings);
    embedded.ifPresent(EmbeddedFile::checkBeforeOpening);
    try {
      return new Database(
          openPool(config, settings), settings.redactedUrl(), purpose, settings.vendor());
    } catch (RuntimeException e) {
      if (embedded.map(file -> file.explain(e)).orElse(e) instanceof DatabaseFileException named) {
        throw named;
      }
      throw purpose.failure(
          "cannot connect to the "
              + purpose.label()
              + " database at "
              + settings.redactedUrl()
              + " as user '"
              + settings.user()
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Opens the pool; for the embedded database, tries again for a while when another process holds
   * the file only for a moment. Several {@code altlas} processes share it through H2's auto-server
   * mode, but one that is opening or closing the file at that instant (taking or handing over the
   * server role) refuses the others ("Locked by another process", "Lock file recently modified") or
   * closes its server under them, instead of serving them.
   */
  private static HikariDataSource openPool(HikariConfig config, JdbcSettings settings) {
    long deadline = System.nanoTime() + LOCKED_FILE_PATIENCE.toNanos();
    while (true) {
      try {
        return new HikariDataSource(config);
      } catch (RuntimeException e) {
        if (settings.vendor() != JdbcSettings.Vendor.H2
            || !heldByAnotherProcess(e)
            || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the database file", e);
      }
    }
  }

  private static boolean heldByAnotherProcess(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && H2_FILE_HELD.contains(sql.getErrorCode())) {
        return true;
      }
    }
    return false;
  }

  DataSource dataSource() {
    return pool;
  }

  /** The database's URL without password, for messages. */
  String where() {
    return where;
  }

  Purpose purpose() {
    return purpose;
  }

  /** Runs {@code work} on a connection in auto-commit mode: each statement commits alone. */
  <T> T run(String action, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  /**
   * Runs {@code work} in one transaction: everything it wrote commits, or nothing does. (The pool
   * restores auto-commit when the connection comes back.)
   */
  <T> T inTransaction(String action, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  static boolean isDuplicateKey(SQLException e) {
    return hasState(e, List.of(DUPLICATE_KEY));
  }

  static boolean isMissingParent(SQLException e) {
    return hasState(e, NO_SUCH_PARENT);
  }

  /** Looks through the chain too: a failed batch wraps the statement's exception. */
  private static boolean hasState(SQLException e, List<String> sqlStates) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (sqlStates.contains(s.getSQLState())
          || (s.getCause() instanceof SQLException cause
              && sqlStates.contains(cause.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private RuntimeException failure(String action, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("22")) {
      // data exception: a value too long for its column, a character the database refuses
      return new IllegalArgumentException(action + ": a value does not fit: " + e.getMessage(), e);
    }
    if (state.startsWith("08") || e instanceof SQLTransientConnectionException) {
      return purpose.failure(
          "cannot reach the "
              + purpose.label()
              + " database at "
              + where
              + " ("
              + action
              + "): "
              + e.getMessage(),
          e);
    }
    return purpose.failure(
        "the "
            + purpose.label()
            + " database at "
            + where
            + " failed ("
            + action
            + "): "
            + e.getMessage(),
        e);
  }

  @Override
  public void close() {
    if (vendor == JdbcSettings.Vendor.H2) {
      awaitOtherProcesses();
    }
    pool.close();
  }

  /**
   * When this process holds the embedded database's file and serves other processes (H2's
   * auto-server), closing it would break their sessions mid-statement; so it waits, a bounded time,
   * until they have disconnected.
   */
  private void awaitOtherProcesses() {
    long deadline = System.nanoTime() + OTHER_PROCESSES_PATIENCE.toNanos();
    try (Connection c = pool.getConnection();
        PreparedStatement served =
            c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
      if (!holdsTheFile(c)) {
        return;
      }
      while (System.nanoTime() < deadline && count(served) > 0) {
        Thread.sleep(100);
      }
    } catch (SQLException e) {
      // the database is closing or gone already; nothing left to wait for
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True when this process opened the file itself rather than reaching another one's server. */
  private static boolean holdsTheFile(Connection c) throws SQLException {
    try (PreparedStatement own =
            c.prepareStatement(
                "SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
        ResultSet r = own.executeQuery()) {
      return r.next() && r.getString(1) == null;
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet r = query.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Something done with one connection. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }
}
