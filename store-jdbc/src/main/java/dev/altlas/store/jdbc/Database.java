package dev.altlas.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
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

  private final HikariDataSource pool;
  private final String where;
  private final Purpose purpose;

  private Database(HikariDataSource pool, String where, Purpose purpose) {
    this.pool = pool;
    this.where = where;
    this.purpose = purpose;
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

  static Database connect(JdbcSettings settings, Purpose purpose) {
    var config = new HikariConfig();
    config.setPoolName("altlas-" + purpose.label().replace(' ', '-'));
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    // A stopped database fails calls after 10 s rather than Hikari's 30, so the engine hears soon.
    config.setConnectionTimeout(10_000);
    try {
      return new Database(new HikariDataSource(config), settings.redactedUrl(), purpose);
    } catch (RuntimeException e) {
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
    pool.close();
  }

  /** Something done with one connection. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }
}
