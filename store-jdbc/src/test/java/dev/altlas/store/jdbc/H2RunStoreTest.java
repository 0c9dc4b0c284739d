package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.run.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded default: an H2 file database in a temporary ALTLAS_HOME. */
class H2RunStoreTest extends JdbcRunStoreContract {
  private final List<Path> homes = new ArrayList<>();

  @Override
  protected JdbcSettings newDatabase() {
    try {
      Path home = Files.createTempDirectory("altlas-h2-");
      homes.add(home);
      return JdbcSettings.embedded(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void afterStoresClosed() {
    for (Path home : homes) {
      try (Stream<Path> files = Files.walk(home)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    homes.clear();
  }

  @Test
  void theEmbeddedDatabaseIsAFileUnderAltlasHome() {
    JdbcSettings settings = newDatabase();
    Path home = homes.getLast();
    try (RunStore store = JdbcRunStore.open(settings)) {
      assertThat(store.unfinishedRuns()).isEmpty();
    }
    assertThat(home.resolve("db").resolve("altlas.mv.db")).isRegularFile();
  }
}
