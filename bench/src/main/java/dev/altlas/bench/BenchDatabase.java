package dev.altlas.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.altlas.store.jdbc.JdbcSettings;
import java.io.IOException;

/** A fresh database for one subject; closing it drops it (PostgreSQL) or deletes its files (H2). */
record BenchDatabase(JdbcSettings settings, Cleanup cleanup) implements AutoCloseable {

  /** Removes the database. */
  @FunctionalInterface
  interface Cleanup {
    void run() throws IOException;
  }

  /** A pool on it as large as the run store's, for the systems that bring no pool of their own. */
  HikariDataSource pool(String name) {
    var config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    return new HikariDataSource(config);
  }

  @Override
  public void close() throws IOException {
    cleanup.run();
  }
}
