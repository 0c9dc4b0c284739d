package dev.altlas.cli;

import static dev.altlas.cli.TerminalTest.controlsTheTerminal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that reaches the terminal from a stored command, a task's output or an error never controls
 * it: every command shows control characters as escapes, and JSON stays the exact document.
 */
class TerminalOutputTest {
  /** Sets the window title, rings the bell, clears the screen, a NUL, a C1 CSI. */
  private static final String CONTROLS = "\u001b]0;owned\u0007 \u001b[2J\u0000 \u009b31m";

  @TempDir Path home;
  Cli cli;
  Path docs;

  /** A file whose name turns the terminal red. */
  @BeforeEach
  void aRedFileName() throws Exception {
    cli = new Cli(home);
    docs = Cli.workspaceFolder(home);
    Files.writeString(docs.resolve("notes" + "\u001b[31m" + ".txt"), "red file name");
  }

  @Test
  void storedCommandsTaskOutputsAndErrorsAreShownNotObeyed() {
    String command = "list ./" + docs + " " + CONTROLS + " kitaplar";
    Cli.Result run = cli.run("run", command);
    assertThat(run.out()).as(run.toString()).contains("notes\\e[31m.txt");
    assertThat(cli.run("runs").out()).contains("\\x1b]0;owned");
    String runId = Cli.runId(run.out());

    for (Cli.Result r :
        new Cli.Result[] {
          run,
          cli.run("runs"),
          cli.run("show", runId),
          cli.run("search", "owned"),
          cli.run("search", "--facets", "kitaplar"),
          cli.run("plan", command),
          cli.run("show", "run-" + CONTROLS),
          cli.run("search", "--since", CONTROLS),
          cli.run("runs", "--" + CONTROLS),
          cli.run("plan", "--mode", CONTROLS, "x"),
        }) {
      assertThat(controlsTheTerminal(r.out())).as(r.toString()).isFalse();
      assertThat(controlsTheTerminal(r.err())).as(r.toString()).isFalse();
      assertThat(r.out() + r.err()).as(r.toString()).containsAnyOf("\\x1b", "\\e");
    }
  }

  @Test
  void jsonIsTheExactDocumentWithNothingTheTerminalObeys() {
    String command = "list ./" + docs + " " + CONTROLS + " \u007f\u0085";
    var reader = new DocumentReader(TaskCatalog.builtin());

    Cli.Result plan = cli.run("plan", "--format", "json", command);
    Cli.Result run = cli.run("run", "--json", command);

    assertThat(reader.readPlan(plan.out()).command()).isEqualTo(command);
    assertThat(reader.readRun(run.out()).plan().command()).isEqualTo(command);
    assertThat(reader.readRun(run.out()).tasks().get(0).output().toString())
        .contains("notes\u001b[31m.txt");
    String runId = reader.readRun(run.out()).runId();
    assertThat(reader.readRun(cli.run("show", "--json", runId).out()).plan().command())
        .isEqualTo(command);
    for (Cli.Result r : new Cli.Result[] {plan, run, cli.run("search", "--json", "")}) {
      assertThat(controlsTheTerminal(r.out())).as(r.toString()).isFalse();
    }
  }
}
