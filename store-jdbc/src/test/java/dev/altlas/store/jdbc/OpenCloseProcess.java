package dev.altlas.store.jdbc;

import dev.altlas.archive.ArchiveStore;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run by {@link H2ManyProcessesTest} in a JVM of its own, like a short {@code altlas} command after
 * another: opens the embedded archive under {@code args[0]}, adds one record with run id {@code
 * args[1]-i}, closes it, {@code args[2]} times.
 */
public final class OpenCloseProcess {
  private OpenCloseProcess() {}

  public static void main(String[] args) {
    String prefix = args[1];
    int times = Integer.parseInt(args[2]);
    for (int i = 0; i < times; i++) {
      try (ArchiveStore archive = JdbcArchiveStore.open(JdbcSettings.embedded(Path.of(args[0])))) {
        archive.add(JdbcArchiveStoreContract.bare(prefix + "-" + i, Instant.now()), null, null);
      }
    }
  }
}
