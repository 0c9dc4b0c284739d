package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code altlas run}, {@code runs}, {@code show}, {@code approve} as a person uses them. */
class RunCommandTest {
  private static final Pattern RUN_ID = Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{8}");

  @TempDir Path home;
  Cli cli;
  Path docs;

  @BeforeEach
  void setUp() throws Exception {
    cli = new Cli(home);
    docs = Cli.workspaceFolder(home);
    Files.writeString(
        docs.resolve("outage.txt"),
        "The payment service was down for forty minutes. The certificate had expired. "
            + "Renewal is now automated and an alert fires thirty days ahead.");
    Files.writeString(
        docs.resolve("notes.txt"),
        "Toplantıda yeni sürüm aralıkta yayınlanacak dendi. Ayşe önbelleği yapacak.");
    Files.writeString(docs.resolve("groceries.txt"), "Milk, eggs, bread.");
  }

  @Test
  void aCommandRunsToTheEndAndItsResultIsKept() throws Exception {
    var r =
        cli.run(
            "run", "Summarize the text files in ./" + docs + " and list the two most important");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Run succeeded", "Result of top (data.top):", "summary:");
    assertThat(r.err()).contains("list: succeeded", "summarize: running for each of 3 items");
    String runId = runId(r.out());
    Path last = home.resolve("runs").resolve(runId + ".last");
    RunResult stored = new DocumentReader(TaskCatalog.builtin()).readRun(Files.readString(last));
    assertThat(stored.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(stored.tasks())
        .extracting(t -> t.type())
        .containsExactly("fs.list", "fs.read", "ai.summarize", "ai.rank", "data.top");

    assertThat(cli.run("runs").out()).contains(runId, "succeeded");
    assertThat(cli.run("show", runId).out()).contains("Run succeeded");
  }

  @Test
  void jsonPrintsAValidLastRecordAndTheExitCodeSaysHowItWent() throws Exception {
    var ok = cli.run("run", "--json", "list ./" + docs);
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    RunResult result = new DocumentReader(TaskCatalog.builtin()).readRun(ok.out());
    assertThat(result.tasks().get(0).output()).asString().contains("outage.txt");

    var failing = cli.run("run", "--json", "read ./" + docs.resolve("missing.txt"));
    assertThat(failing.exitCode()).as(failing.toString()).isEqualTo(1);
    RunResult failed = new DocumentReader(TaskCatalog.builtin()).readRun(failing.out());
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void aRunWaitsForApprovalGivenFromAnotherCommand() throws Exception {
    Cli.Background running = cli.runAwaitingApproval(docs);
    String runId = running.runId();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!cli.run("show", runId).out().contains("awaiting approval")) {
      assertThat(System.nanoTime()).as("reaches the approval").isLessThan(deadline);
      Thread.sleep(100);
    }
    var approve = cli.run("approve", runId, "ask", "--by", "ayse", "--comment", "go");
    assertThat(approve.exitCode()).as(approve.toString()).isZero();

    Cli.Result r = running.result().get();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("ask: waiting for approval — run `altlas approve " + runId + " ask`");
    assertThat(r.out()).contains("Run succeeded", "outage.txt");
    assertThat(cli.run("approve", runId, "ask").err())
        .contains("is not waiting for approval (it is succeeded)");
  }

  @Test
  void aPlanFileThatDoesNotExistIsAUsageErrorNotACommand() {
    Path fresh = home.resolve("fresh");

    var r = new Cli(fresh).run("run", "plans/does-not-exist.alt");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("no such plan file: plans/does-not-exist.alt", "put it in quotes: altlas run \"");
    assertThat(fresh).as("no run is recorded").doesNotExist();
  }

  @Test
  void aUsageErrorOpensNothing() throws Exception {
    Path fresh = home.resolve("fresh");
    Path notAPlan = Files.writeString(home.resolve("result.last"), "run_id: x\n");

    var r = new Cli(fresh).run("run", notAPlan.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("is not an .alt plan");
    assertThat(fresh).doesNotExist();
  }

  @Test
  void unknownRunsAreAClearFailure() {
    var r = cli.run("show", "run-nope");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("there is no run 'run-nope'");
    assertThat(cli.run("cancel", "run-nope").err())
        .contains("does not exist or has already finished");
  }

  private static String runId(String text) {
    Matcher m = RUN_ID.matcher(text);
    assertThat(m.find()).as("a run id in:\n%s", text).isTrue();
    return m.group();
  }
}
