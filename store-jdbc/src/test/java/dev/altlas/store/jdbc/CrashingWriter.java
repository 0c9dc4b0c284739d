package dev.altlas.store.jdbc;

import dev.altlas.run.RunRecord;
import dev.altlas.run.TaskRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link H2CrashTest} in a JVM of its own: writes to the store under {@code args[0]}, says
 * so on standard output, and then waits to be killed without closing anything.
 */
public final class CrashingWriter {
  static final String COMMITTED = "committed";

  private CrashingWriter() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String runId = args[1];
    JdbcRunStore store = JdbcRunStore.open(JdbcSettings.embedded(Path.of(args[0])));
    RunRecord run =
        RunRecord.queued(runId, H2CrashTest.plan(), "alice", Instant.parse("2026-11-22T08:00:00Z"));
    TaskRecord task = TaskRecord.waiting(runId, "list");
    store.createRun(run, List.of(task));
    store.updateTask(task, task.claimed("worker-1", Instant.EPOCH, Instant.EPOCH.plusSeconds(60)));
    store.recordEffect("email-" + runId, Map.of("message_id", "<1@altlas>"));
    System.out.println(COMMITTED);
    System.out.flush();
    // the store stays open on purpose: the test kills this process as a crash would
    Thread.sleep(60_000);
  }
}
