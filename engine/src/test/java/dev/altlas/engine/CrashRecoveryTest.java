package dev.altlas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskStatus;
import dev.altlas.run.RunStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the engine's process with SIGKILL at random moments while it runs many plans, restarts it
 * each time, and checks that every run finishes and every task's keyed side effect happened exactly
 * once.
 */
class CrashRecoveryTest {
  private static final int KILLS = 6;

  @TempDir Path dir;

  @RepeatedTest(2)
  void runsSurviveSigkillAtRandomPointsWithEveryEffectExactlyOnce() throws Exception {
    var random = new Random();
    int restarts = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process worker = start();
      long waitMs;
      if (kill == 0) {
        awaitSubmitted(worker);
        waitMs = random.nextInt(400); // the runs are under way: kill among them
      } else {
        waitMs = 300 + random.nextInt(1200);
      }
      if (worker.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
        assertThat(worker.exitValue()).as("worker exit").isZero();
        break;
      }
      worker.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no clean close
      restarts++;
    }
    Process last = start();
    assertThat(last.waitFor(120, TimeUnit.SECONDS))
        .as("the last worker finishes every run")
        .isTrue();
    assertThat(last.exitValue()).isZero();

    List<String> runIds = Files.readAllLines(dir.resolve("submitted"));
    assertThat(runIds).hasSize(CrashWorker.RUNS);
    try (RunStore store =
        JdbcRunStore.open(JdbcSettings.embedded(dir.resolve("home")), CrashWorker.CATALOG)) {
      for (String runId : runIds) {
        RunResult r = store.result(runId).orElseThrow();
        assertThat(r.status())
            .as("run %s after %d kills", runId, restarts)
            .isEqualTo(RunStatus.SUCCEEDED);
        assertThat(r.tasks())
            .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.SUCCEEDED));
      }
    }
    Path effects = dir.resolve("effects");
    List<String> files;
    try (Stream<Path> s = Files.list(effects)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("run-"))
              .sorted()
              .toList();
    }
    // Per run: a, b, d and the four items of each.
    assertThat(files).hasSize(CrashWorker.RUNS * 7);
    for (String runId : runIds) {
      assertThat(files.stream().filter(f -> f.startsWith(runId + "_"))).hasSize(7);
    }
    List<String> performed = Files.readAllLines(effects.resolve("performed.log"));
    System.out.printf(
        "crash test: %d SIGKILLs, %d effects, effect code ran %d times (%d repeats after a kill"
            + " fell between an effect and its record)%n",
        restarts, files.size(), performed.size(), performed.size() - files.size());
    assertThat(restarts).as("the worker was killed mid-work at least once").isPositive();
  }

  /**
   * The runs are the test's input, not its subject: a kill before the first worker has recorded
   * which runs it submitted would make the next worker submit a second set.
   */
  private void awaitSubmitted(Process worker) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!Files.exists(dir.resolve("submitted"))
        && worker.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private Process start() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWorker.class.getName(),
            dir.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("worker.log").toFile())
        .start();
  }
}
