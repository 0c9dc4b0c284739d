package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crash recovery relies on: a write the store has returned from survives the process being
 * killed a moment later, before H2 would have flushed on its own.
 */
class H2CrashTest {

  @Test
  void writesSurviveTheProcessBeingKilled(@TempDir Path home) throws Exception {
    String runId = "run-" + UUID.randomUUID();
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath(),
                CrashingWriter.class.getName(),
                home.toString(),
                runId)
            .redirectErrorStream(true)
            .start();
    try (var out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      var said = new StringBuilder();
      String line;
      do {
        line = out.readLine();
        said.append(line).append('\n');
      } while (line != null && !line.equals(CrashingWriter.COMMITTED));
      assertThat(line).as("the writer ended before it committed, saying:%n%s", said).isNotNull();
    } finally {
      writer.destroyForcibly();
      writer.waitFor(30, TimeUnit.SECONDS);
    }

    try (RunStore store = JdbcRunStore.open(JdbcSettings.embedded(home))) {
      assertThat(store.findRun(runId)).isPresent();
      assertThat(store.task(runId, "list").orElseThrow().state()).isEqualTo(TaskState.RUNNING);
      assertThat(store.effect("email-" + runId)).contains(Map.of("message_id", "<1@altlas>"));
    }
  }

  /** A one-task plan, written here so the writer needs nothing from other test jars. */
  static Plan plan() {
    return new Plan(
        Plan.FORMAT_VERSION,
        "plan-crash",
        Instant.parse("2026-11-22T08:00:00Z"),
        "list the files",
        "en",
        null,
        null,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        null,
        null,
        List.of(PlanTask.of("list", "fs.list", "List", Map.of("path", "."), List.of())));
  }

  /** Surefire runs tests from a manifest-only jar; its own property has the real class path. */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null ? path : System.getProperty("java.class.path");
  }
}
