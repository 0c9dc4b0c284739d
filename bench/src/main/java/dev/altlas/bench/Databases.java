package dev.altlas.bench;

import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hands out a fresh database per subject: an H2 file in a temporary directory, or a throwaway
 * database on the PostgreSQL {@link TestPostgres} finds (the machine's at 127.0.0.1:5432, else an
 * embedded one). Remembers what it used, for the report's header.
 */
final class Databases {
  private final int poolSize;
  private final Map<String, String> used = new LinkedHashMap<>();
  private TestPostgres postgres;

  Databases(int poolSize) {
    this.poolSize = poolSize;
  }

  BenchDatabase h2() throws IOException, SQLException {
    Path dir = Files.createTempDirectory("altlas-bench-h2-");
    JdbcSettings embedded = JdbcSettings.embedded(dir);
    var settings = new JdbcSettings(embedded.url(), embedded.user(), embedded.password(), poolSize);
    if (!used.containsKey("H2")) {
      used.put("H2", version(settings, null) + ", a file in a temporary directory");
    }
    return new BenchDatabase(settings, () -> deleteTree(dir));
  }

  BenchDatabase postgres() throws SQLException {
    if (postgres == null) {
      postgres = TestPostgres.get();
    }
    TestPostgres.ThrowawayDatabase db = postgres.newDatabase();
    var settings = new JdbcSettings(db.url(), db.user(), db.password(), poolSize);
    if (!used.containsKey("PostgreSQL")) {
      used.put(
          "PostgreSQL", version(settings, "SHOW server_version") + ", " + postgres.description());
    }
    return new BenchDatabase(settings, db::drop);
  }

  /** Each database used, in the order first used, with its version and where it ran. */
  Map<String, String> used() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(used));
  }

  /** The server's version: from {@code query} when given, else from the driver's metadata. */
  private static String version(JdbcSettings settings, String query) throws SQLException {
    try (Connection c =
        DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
      if (query == null) {
        return c.getMetaData().getDatabaseProductVersion();
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(query)) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
