package dev.altlas.store.jdbc;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the run store lives: a JDBC URL ({@code jdbc:h2:async:…} embedded, {@code
 * jdbc:postgresql://…} distributed), the account, and how many connections to hold.
 *
 * <p>{@link #toString()} and {@link #redactedUrl()} never show the password, so settings may be
 * logged and named in error messages.
 */
public record JdbcSettings(String url, String user, String password, int poolSize) {

  /** Enough for the engine's workers on one machine; PostgreSQL's default allows 100 in all. */
  public static final int DEFAULT_POOL_SIZE = 10;

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

  public JdbcSettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the run store needs a JDBC URL");
    }
    Vendor.of(url);
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
    }
    password = password == null ? "" : password;
  }

  public JdbcSettings(String url, String user, String password) {
    this(url, user, password, DEFAULT_POOL_SIZE);
  }

  /**
   * The embedded default: an H2 file database under {@code ALTLAS_HOME/db}. Auto-server mode lets
   * several {@code altlas} processes use it at once (a run in one terminal, {@code approve} or
   * {@code cancel} in another): the first opens the file and serves the others over loopback.
   *
   * <p>The file is opened through H2's {@code async:} file system. Its default one closes the file
   * under every connection when a thread doing file I/O is interrupted (h2database#227, #1076), and
   * an interrupted write can leave it damaged; the engine interrupts workers when a run is
   * cancelled, a task times out or the engine stops. {@code async:} names the same file, so
   * existing homes open as before.
   */
  public static JdbcSettings embedded(Path altlasHome) {
    Path file = altlasHome.toAbsolutePath().resolve("db").resolve("altlas");
    return new JdbcSettings("jdbc:h2:async:" + file + ";AUTO_SERVER=TRUE", "sa", "");
  }

  /** The file {@link #embedded} keeps the database in. */
  public static Path embeddedFile(Path altlasHome) {
    return altlasHome.toAbsolutePath().resolve("db").resolve("altlas" + EmbeddedFile.SUFFIX);
  }

  public Vendor vendor() {
    return Vendor.of(url);
  }

  /** The URL with any {@code password=} parameter masked. */
  public String redactedUrl() {
    return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
  }

  @Override
  public String toString() {
    return "JdbcSettings[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
  }

  /** The databases this store has migrations and tests for. */
  public enum Vendor {
    H2("jdbc:h2:", "h2"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Vendor(String urlPrefix, String migrationFolder) {
      this.urlPrefix = urlPrefix;
      this.migrationFolder = migrationFolder;
    }

    static Vendor of(String url) {
      for (Vendor v : values()) {
        if (url.startsWith(v.urlPrefix)) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          "the run store supports jdbc:h2: and jdbc:postgresql: URLs, not "
              + PASSWORD_IN_URL.matcher(url).replaceAll("$1***"));
    }

    /** The folder under {@code db/migration} with the SQL only this database understands. */
    String migrationFolder() {
      return migrationFolder;
    }
  }
}
