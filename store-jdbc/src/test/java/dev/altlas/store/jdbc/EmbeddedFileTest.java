package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.run.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the embedded database refuses, naming the path and what to do, a file H2 cannot read and
 * an empty one it would silently replace, and a folder it cannot write; never H2's own words.
 */
class EmbeddedFileTest {
  @TempDir Path home;

  private Path databaseFile() {
    return home.resolve("db").resolve("altlas" + EmbeddedFile.SUFFIX);
  }

  /** A database with something in it, closed. */
  private void createDatabase() {
    try (RunStore store = JdbcRunStore.open(JdbcSettings.embedded(home))) {
      assertThat(store.unfinishedRuns()).isEmpty();
    }
    assertThat(databaseFile()).isRegularFile();
  }

  @Test
  void aTruncatedFileIsNamedAsDamagedAndLeftAsItIs() throws IOException {
    createDatabase();
    for (long size : new long[] {4096, 100}) {
      try (var channel =
          java.nio.channels.FileChannel.open(
              databaseFile(), java.nio.file.StandardOpenOption.WRITE)) {
        channel.truncate(size);
      }

      assertThatThrownBy(() -> JdbcRunStore.open(JdbcSettings.embedded(home)))
          .isInstanceOf(DatabaseFileException.class)
          .hasMessageContaining("the database file " + databaseFile() + " is damaged")
          .hasMessageContaining("restore it from a backup")
          .hasMessageContaining("PostgreSQL")
          .hasMessageNotContaining("IO Exception")
          .satisfies(
              e ->
                  assertThat(((DatabaseFileException) e).problem())
                      .isEqualTo(DatabaseFileException.Problem.DAMAGED));
      assertThat(Files.size(databaseFile())).isEqualTo(size);
    }
  }

  @Test
  void anEmptiedFileIsNotOpenedAsANewDatabase() throws IOException {
    createDatabase();
    Files.write(databaseFile(), new byte[0]);

    assertThatThrownBy(() -> JdbcArchiveStore.open(JdbcSettings.embedded(home)))
        .isInstanceOf(DatabaseFileException.class)
        .hasMessageContaining(databaseFile() + " is empty (0 bytes): what it held is lost")
        .hasMessageContaining("restore it from a backup");
    assertThat(Files.size(databaseFile())).as("nothing was written into it").isZero();
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamed() throws IOException {
    Files.writeString(home.resolve("db"), "not a folder");

    assertThatThrownBy(() -> JdbcRunStore.open(JdbcSettings.embedded(home)))
        .isInstanceOf(DatabaseFileException.class)
        .hasMessageContaining(home.resolve("db") + " is a file, but the embedded database needs")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aReadOnlyFolderIsNamedBeforeH2TriesToWriteIt() {
    var file = new EmbeddedFile(databaseFile());
    var readOnlyHome = new EmbeddedFile.Facts(home, true, false, false, 0, false);
    var readOnlyFile = new EmbeddedFile.Facts(home.resolve("db"), true, true, true, 4096, false);
    var fine = new EmbeddedFile.Facts(home.resolve("db"), true, true, true, 4096, true);

    assertThat(file.problem(readOnlyHome))
        .hasValueSatisfying(
            e -> {
              assertThat(e.problem()).isEqualTo(DatabaseFileException.Problem.READ_ONLY);
              assertThat(e).hasMessageStartingWith(home + " is read-only");
            });
    assertThat(file.problem(readOnlyFile))
        .hasValueSatisfying(e -> assertThat(e).hasMessageStartingWith(databaseFile() + " is"));
    assertThat(file.problem(fine)).isEmpty();
  }

  @Test
  void aReadOnlyFolderFailsWithOneLineAndNoStackTrace() throws IOException {
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(
          Files.isWritable(home), "this user may write a read-only folder (root)");
      var stderr = new java.io.ByteArrayOutputStream();
      var before = System.err;
      System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        assertThatThrownBy(() -> JdbcRunStore.open(JdbcSettings.embedded(home)))
            .isInstanceOf(DatabaseFileException.class)
            .hasMessageStartingWith(home + " is read-only");
      } finally {
        System.setErr(before);
      }
      assertThat(stderr.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    } finally {
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void onlyUrlsOfAFileHaveOne() {
    assertThat(EmbeddedFile.of(JdbcSettings.embedded(home)))
        .contains(new EmbeddedFile(databaseFile()));
    assertThat(EmbeddedFile.of(new JdbcSettings("jdbc:h2:file:/x/y;MODE=x", "sa", "")))
        .contains(new EmbeddedFile(Path.of("/x/y.mv.db")));
    assertThat(EmbeddedFile.of(new JdbcSettings("jdbc:h2:mem:x", "sa", ""))).isEmpty();
    assertThat(EmbeddedFile.of(new JdbcSettings("jdbc:h2:tcp://db/x", "sa", ""))).isEmpty();
    assertThat(EmbeddedFile.of(new JdbcSettings("jdbc:postgresql://db/x", "u", ""))).isEmpty();
  }
}
