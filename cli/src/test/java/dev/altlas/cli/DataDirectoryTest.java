package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory altlas cannot use, or whose database is damaged or gone, gets one clear line
 * naming the path and what to do; never a stack trace, never a new database over a lost one.
 */
class DataDirectoryTest {
  @TempDir Path dir;

  private static void assertOneClearError(Cli.Result r) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).as(r.toString()).doesNotContain("Exception", "\tat ", "[9");
  }

  @Test
  void aHomeThatIsAFileIsNamedWithWhatToDo() throws Exception {
    Path file = Files.writeString(dir.resolve("home"), "a file");

    for (String[] command :
        new String[][] {{"runs"}, {"search", "x"}, {"run", "list ./docs"}, {"archive", "verify"}}) {
      Cli.Result r = new Cli(file).run(command);

      assertOneClearError(r);
      assertThat(r.err())
          .contains("the data directory " + file + " is a file, not a folder")
          .contains("set ALTLAS_HOME to a folder you can write");
    }
    Cli.Result below = new Cli(file.resolve("altlas")).run("runs");
    assertOneClearError(below);
    assertThat(below.err())
        .contains("cannot create the data directory " + file.resolve("altlas"))
        .contains(file + " is a file, not a folder");
  }

  @Test
  void aReadOnlyHomeIsNamedWithWhatToDo() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(home), "this user may write a read-only folder");

      Cli.Result r = new Cli(home).run("runs");

      assertOneClearError(r);
      assertThat(r.err()).contains("the data directory " + home + " is read-only", "writable");
    } finally {
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** A home with one finished, archived run; returns its id. */
  private static String homeWithARun(Cli cli, Path home) throws Exception {
    Path docs = Cli.workspaceFolder(home);
    Files.writeString(docs.resolve("a.txt"), "kitap listesi");
    Cli.Result r = cli.run("run", "list ./" + docs);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return Cli.runId(r.out());
  }

  private static Path databaseFile(Path home) {
    return home.resolve("db").resolve("altlas.mv.db");
  }

  @Test
  void aTruncatedDatabaseIsNamedAsDamagedAndRecoverPutsTheRunsBack() throws Exception {
    Path home = dir.resolve("home");
    Cli cli = new Cli(home);
    String runId = homeWithARun(cli, home);
    try (var file =
        java.nio.channels.FileChannel.open(
            databaseFile(home), java.nio.file.StandardOpenOption.WRITE)) {
      file.truncate(4096);
    }

    Cli.Result runs = cli.run("runs");

    assertOneClearError(runs);
    assertThat(runs.err())
        .contains("the database file " + databaseFile(home) + " is damaged")
        .contains("restore it from a backup", "PostgreSQL")
        .contains("The 1 run record under " + home.resolve("runs") + " survive")
        .contains("`altlas archive recover`");

    Cli.Result recovered = cli.run("archive", "recover");
    assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
    assertThat(recovered.err()).contains("moved the unusable database file to");
    assertThat(recovered.out()).contains("recovered 1 run into the archive from 1 record");
    assertThat(cli.run("search", "").out()).contains("1 run match", runId);
    assertThat(cli.run("archive", "verify").exitCode()).isZero();
  }

  @Test
  void anEmptiedOrMissingDatabaseIsNotSilentlyStartedAfresh() throws Exception {
    Path home = dir.resolve("home");
    Cli cli = new Cli(home);
    homeWithARun(cli, home);
    Files.write(databaseFile(home), new byte[0]);

    Cli.Result emptied = cli.run("search", "kitap");

    assertOneClearError(emptied);
    assertThat(emptied.err()).contains(databaseFile(home) + " is empty (0 bytes)");
    assertThat(Files.size(databaseFile(home))).isZero();

    Files.delete(databaseFile(home));
    Cli.Result missing = cli.run("runs");

    assertOneClearError(missing);
    assertThat(missing.err())
        .contains("the database " + databaseFile(home) + " is missing")
        .contains("used before (1 run record under runs/ and a search index)")
        .contains("`altlas archive recover`");
    assertThat(databaseFile(home)).doesNotExist();
  }

  @Test
  void verifySeesRunsTheStoreLostAndDoesNotRecommendAReindexThatDropsThem() throws Exception {
    Path home = dir.resolve("home");
    Cli cli = new Cli(home);
    String runId = homeWithARun(cli, home);
    Path other = dir.resolve("other");
    assertThat(new Cli(other).run("search", "").exitCode()).isZero();
    Files.copy(
        databaseFile(other), databaseFile(home), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Cli.Result verified = cli.run("archive", "verify");

    assertOneClearError(verified);
    assertThat(verified.err())
        .contains("the search index has 1 run the archive store lacks (e.g. " + runId + ")")
        .contains("1 of them have a .last record under runs/: `altlas archive recover`")
        .doesNotContain("run altlas archive reindex");
    Cli.Result reindex = cli.run("archive", "reindex");
    assertOneClearError(reindex);
    assertThat(reindex.err()).contains("not reindexing", "--drop-missing");
    assertThat(cli.run("search", "").out()).as("still searchable").contains("1 run match", runId);

    assertThat(cli.run("archive", "recover").out()).contains("recovered 1 run");
    assertThat(cli.run("archive", "verify").out()).contains("holds exactly the 1 archived run");
  }
}
