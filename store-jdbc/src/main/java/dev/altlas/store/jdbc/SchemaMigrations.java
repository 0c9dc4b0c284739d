package dev.altlas.store.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the database's tables up to the version this code expects, with Flyway: the SQL both
 * databases share in {@code db/migration/common}, the rest in {@code db/migration/h2} or {@code
 * db/migration/postgresql}.
 */
final class SchemaMigrations {
  /**
   * Its own history table, so that other parts of ALT_LAS (users) may keep their tables and
   * migrations in the same database. The run store and the archive share it: one schema, one
   * version line, whichever of them opens the database first brings it up to date.
   */
  static final String HISTORY_TABLE = "altlas_run_store_history";

  private SchemaMigrations() {}

  /**
   * How many times to migrate when another migration of the same database ran at the same moment:
   * Flyway may then find the history table just created and still empty, and refuse.
   */
  private static final int ATTEMPTS = 3;

  /**
   * Migrations in one process take turns (the run store and the archive may open a new database
   * together); those of other processes are retried.
   */
  private static final Object IN_THIS_PROCESS = new Object();

  static void apply(Database database, JdbcSettings.Vendor vendor) {
    for (int attempt = 1; ; attempt++) {
      try {
        synchronized (IN_THIS_PROCESS) {
          migrate(database, vendor);
        }
        return;
      } catch (FlywayException e) {
        if (attempt == ATTEMPTS) {
          throw database
              .purpose()
              .failure(
                  "cannot bring the "
                      + database.purpose().label()
                      + " tables at "
                      + database.where()
                      + " up to date: "
                      + e.getMessage(),
                  e);
        }
      }
      try {
        Thread.sleep(200L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw database
            .purpose()
            .failure(
                "interrupted while bringing the tables at " + database.where() + " up to date", e);
      }
    }
  }

  private static void migrate(Database database, JdbcSettings.Vendor vendor) {
    Flyway.configure()
        .dataSource(database.dataSource())
        .locations(
            "classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
        .table(HISTORY_TABLE)
        // another part's tables may be there first; version 0 keeps every migration here to run
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
