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
}
