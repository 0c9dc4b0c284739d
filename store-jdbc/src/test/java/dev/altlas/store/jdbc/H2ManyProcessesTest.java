package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchiveStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run in one terminal, a search and a listing in others: {@code altlas} processes open and close
 * one embedded database at the same moments. Each gets through, though one may be taking over or
 * handing over H2's auto-server role just then.
 */
class H2ManyProcessesTest {
  private static final int PROCESSES = 3;
  private static final int OPENS_EACH = 3;

  @Test
  void processesOpeningAndClosingTogetherAllGetThrough(@TempDir Path home) throws Exception {
    List<Process> processes = new ArrayList<>();
    try {
      for (int p = 0; p < PROCESSES; p++) {
        processes.add(start(home, "p" + p));
      }
      for (Process process : processes) {
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("a process said:%n%s", said).isZero();
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
    }
    try (ArchiveStore archive = JdbcArchiveStore.open(JdbcSettings.embedded(home))) {
      assertThat(archive.count()).isEqualTo(PROCESSES * OPENS_EACH);
    }
  }

  private static Process start(Path home, String prefix) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath(),
            OpenCloseProcess.class.getName(),
            home.toString(),
            prefix,
            Integer.toString(OPENS_EACH))
        .redirectErrorStream(true)
        .start();
  }

  /** Surefire runs tests from a manifest-only jar; its own property has the real class path. */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null ? path : System.getProperty("java.class.path");
  }
}
