package dev.altlas.store.jdbc;

import dev.altlas.testkit.TestPostgres;
import java.util.ArrayList;
import java.util.List;

/** The distributed setting: PostgreSQL, in a throwaway database of {@link TestPostgres}. */
class PostgresRunStoreTest extends JdbcRunStoreContract {
  private final List<TestPostgres.ThrowawayDatabase> databases = new ArrayList<>();

  @Override
  protected JdbcSettings newDatabase() {
    TestPostgres.ThrowawayDatabase database = TestPostgres.get().newDatabase();
    databases.add(database);
    return new JdbcSettings(database.url(), database.user(), database.password());
  }

  @Override
  protected void afterStoresClosed() {
    databases.forEach(TestPostgres.ThrowawayDatabase::drop);
    databases.clear();
  }
}
