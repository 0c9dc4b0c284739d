package dev.altlas.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL for tests, found or started once per JVM: the server given by {@code
 * ALTLAS_TEST_POSTGRES} (or {@code -Daltlas.test.postgres}, as {@code host:port}; default {@code
 * 127.0.0.1:5432}, users {@code postgres} then {@code root}, trust auth) if it answers, else an
 * embedded PostgreSQL (io.zonky). If neither works the calling test is skipped with the reason, or
 * fails when {@code ALTLAS_REQUIRE_SERVICES=1} (CI).
 *
 * <p>Tests get throwaway databases from it and drop them when done, so runs on a shared server
 * never see each other's data.
 */
public final class TestPostgres {
  private static final String DEFAULT_SERVER = "127.0.0.1:5432";
  private static final List<String> USERS = List.of("postgres", "root");
  private static final List<String> ADMIN_DATABASES = List.of("postgres", "test");

  private static TestPostgres found;
  private static String unavailable;

  private final String server;
  private final String adminDatabase;
  private final String user;
  private final String password;
  private final String description;

  private TestPostgres(
      String server, String adminDatabase, String user, String password, String description) {
    this.server = server;
    this.adminDatabase = adminDatabase;
    this.user = user;
    this.password = password;
    this.description = description;
  }

  /** The PostgreSQL to test on; skips (or fails under ALTLAS_REQUIRE_SERVICES=1) if none. */
  public static synchronized TestPostgres get() {
    if (found == null && unavailable == null) {
      find();
    }
    if (found != null) {
      return found;
    }
    if ("1".equals(System.getenv("ALTLAS_REQUIRE_SERVICES"))) {
      throw new IllegalStateException(unavailable + " (ALTLAS_REQUIRE_SERVICES=1)");
    }
    return Assumptions.abort(unavailable);
  }

  /** Which PostgreSQL this is, for a person reading the test output. */
  public String description() {
    return description;
  }

  /** A new, empty UTF-8 database; drop it when done. */
  public ThrowawayDatabase newDatabase() {
    String name = "altlas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    // C collation: ids sort by code point, as in H2, whatever the server's default locale
    admin(
        "CREATE DATABASE "
            + name
            + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
    return new ThrowawayDatabase(name, url(server, name), user, password, this);
  }

  /** A database made by {@link #newDatabase()}: its JDBC URL and credentials. */
  public record ThrowawayDatabase(
      String name, String url, String user, String password, TestPostgres server) {
    /** Drops the database, ending any connection still open to it. */
    public void drop() {
      server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private void admin(String sql) {
    try (Connection c = connect(server, adminDatabase, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(description + ": " + sql + ": " + e.getMessage(), e);
    }
  }

  private static void find() {
    String configured = setting("altlas.test.postgres", "ALTLAS_TEST_POSTGRES");
    String server = configured == null ? DEFAULT_SERVER : configured;
    String password = setting("altlas.test.postgres.password", "ALTLAS_TEST_POSTGRES_PASSWORD");
    var failures = new ArrayList<String>();
    search:
    for (String database : ADMIN_DATABASES) {
      for (String user : USERS) {
        try (Connection c = connect(server, database, user, password)) {
          if (canCreateDatabases(c)) {
            found =
                new TestPostgres(
                    server,
                    database,
                    user,
                    password,
                    "PostgreSQL server at " + server + " (user " + user + ")");
            report("using the " + found.description);
            return;
          }
          failures.add(user + " may not create databases");
        } catch (SQLException e) {
          failures.add(user + "@" + database + ": " + e.getMessage());
          if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            break search; // nothing answers there; other users will not change that
          }
        }
      }
    }
    try {
      EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
      String at = "localhost:" + embedded.getPort();
      found =
          new TestPostgres(
              at, "postgres", "postgres", "", "embedded PostgreSQL at " + at + " (io.zonky)");
      report(
          "no PostgreSQL server at "
              + server
              + " ("
              + failures.getFirst()
              + "); using the "
              + found.description);
    } catch (IOException | RuntimeException e) {
      unavailable =
          "no PostgreSQL to test on: none at "
              + server
              + " ("
              + String.join("; ", failures)
              + ") and the embedded one did not start ("
              + e
              + ")";
      report(unavailable);
    }
  }

  private static boolean canCreateDatabases(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static Connection connect(String server, String database, String user, String password)
      throws SQLException {
    var props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    // a machine without a server answers at once; a firewalled one should not stall the build
    props.setProperty("connectTimeout", "3");
    props.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(url(server, database), props);
  }

  private static String url(String server, String database) {
    return "jdbc:postgresql://" + server + "/" + database;
  }

  private static String setting(String property, String environment) {
    String value = System.getProperty(property);
    return value != null && !value.isBlank() ? value : System.getenv(environment);
  }

  private static void close(EmbeddedPostgres embedded) {
    try {
      embedded.close();
    } catch (IOException e) {
      report("stopping the embedded PostgreSQL failed: " + e.getMessage());
    }
  }

  private static void report(String message) {
    System.err.println("[TestPostgres] " + message);
  }
}
