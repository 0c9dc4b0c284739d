package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded default: the archive in the H2 file database of a temporary ALTLAS_HOME. */
class JdbcArchiveStoreH2Test extends JdbcArchiveStoreContract {
  private final List<Path> homes = new ArrayList<>();

  @Override
  protected JdbcSettings newDatabase() {
    return JdbcSettings.embedded(newHome());
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

  /**
   * Two processes on one embedded database (the second reaches the first over H2's auto-server):
   * while another JVM adds records, this one adds and follows with {@code after}, and sees every
   * record of both once.
   */
  @Test
  void aReaderSeesEveryRecordOnceWhileAnotherProcessAdds() throws Exception {
    Path home = newHome();
    int each = 60;
    try (ArchiveStore archive = JdbcArchiveStore.open(JdbcSettings.embedded(home))) {
      Process other =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  classPath(),
                  ArchiveWriterProcess.class.getName(),
                  home.toString(),
                  "other",
                  Integer.toString(each))
              .redirectErrorStream(true)
              .start();
      var seen = new ArrayList<ArchivedRun>();
      long last = 0;
      try {
        for (int i = 0; i < each; i++) {
          assertThat(archive.add(bare("this-" + i, Instant.now()), null, null).added()).isTrue();
          last = follow(archive, last, seen);
        }
        assertThat(other.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.exitValue()).as("the other process said:%n%s", said).isZero();
      } finally {
        other.destroyForcibly();
      }
      follow(archive, last, seen);

      var expected = new ArrayList<String>();
      IntStream.range(0, each).forEach(i -> expected.addAll(List.of("this-" + i, "other-" + i)));
      assertSeenOnceInOrder(seen, expected);
    }
  }

  /** Reads everything after {@code last}; the new last sequence seen. */
  private static long follow(ArchiveStore archive, long last, List<ArchivedRun> seen) {
    long at = last;
    List<ArchivedRun> page;
    while (!(page = archive.after(at, 7)).isEmpty()) {
      seen.addAll(page);
      at = page.getLast().sequence();
    }
    return at;
  }

  private Path newHome() {
    try {
      Path home = Files.createTempDirectory("altlas-archive-h2-");
      homes.add(home);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire runs tests from a manifest-only jar; its own property has the real class path. */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null ? path : System.getProperty("java.class.path");
  }
}
