package dev.altlas.store.jdbc;

import dev.altlas.archive.ArchiveStore;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run by {@link JdbcArchiveStoreH2Test} in a JVM of its own: adds {@code args[2]} records with run
 * ids {@code args[1]-0 …} to the embedded archive under {@code args[0]}, then exits.
 */
public final class ArchiveWriterProcess {
  private ArchiveWriterProcess() {}

  public static void main(String[] args) {
    String prefix = args[1];
    int records = Integer.parseInt(args[2]);
    try (ArchiveStore archive = JdbcArchiveStore.open(JdbcSettings.embedded(Path.of(args[0])))) {
      for (int i = 0; i < records; i++) {
        if (!archive
            .add(JdbcArchiveStoreContract.bare(prefix + "-" + i, Instant.now()), null, null)
            .added()) {
          throw new IllegalStateException(prefix + "-" + i + " was archived already");
        }
      }
    }
  }
}
