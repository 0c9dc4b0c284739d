package dev.altlas.tasks.builtin.shell;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.fs.Workspace;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs small POSIX programs (echo, ls, sleep, seq, env, pwd) found on the PATH. */
class ShellExecHandlerTest {
  @TempDir Path root;
  @TempDir Path outside;
  @TempDir Path artifacts;

  private ShellExecHandler allowing(String... programs) {
    return new ShellExecHandler(List.of(programs), new Workspace(List.of(root)));
  }

  private Map<?, ?> run(ShellExecHandler handler, Map<String, ?> params) throws Exception {
    return (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));
  }

  @Test
  void isOffUntilProgramsAreAllowed() throws Exception {
    var off = failure(() -> run(allowing(), Map.of("command", "echo")), "shell.not_allowed", false);
    assertThat(off.getMessage()).contains(ShellExecHandler.ALLOW);
    failure(
        () -> run(allowing("echo"), Map.of("command", "/bin/echo")), "shell.not_allowed", false);
    failure(() -> run(allowing("echo"), Map.of("command", "ls")), "shell.not_allowed", false);
  }

  @Test
  void passesArgumentsWithoutAShell() throws Exception {
    Map<?, ?> out =
        run(allowing("echo"), Map.of("command", "echo", "args", List.of("$HOME", "*", "a;b", 3)));

    assertThat(out.get("exit_code")).isEqualTo(0);
    assertThat(out.get("stdout")).isEqualTo("$HOME * a;b 3\n");
    assertThat(out.get("stderr")).isEqualTo("");
  }

  @Test
  void runsInAWorkspaceDirectoryOnly() throws Exception {
    Files.createDirectories(root.resolve("sub"));
    Files.createSymbolicLink(root.resolve("out"), outside);

    Map<?, ?> out = run(allowing("pwd"), Map.of("command", "pwd", "working_dir", "sub"));

    assertThat(out.get("stdout")).isEqualTo(root.toRealPath().resolve("sub") + "\n");
    failure(
        () -> run(allowing("pwd"), Map.of("command", "pwd", "working_dir", "out")),
        "fs.outside_workspace",
        false);
    failure(
        () -> run(allowing("pwd"), Map.of("command", "pwd", "working_dir", "..")),
        "fs.outside_workspace",
        false);
  }

  @Test
  void aNonZeroExitFailsWithTheEndOfStderr() throws Exception {
    var failure =
        failure(
            () -> run(allowing("ls"), Map.of("command", "ls", "args", List.of("no-such-file"))),
            "shell.exit_nonzero",
            false);

    assertThat(failure.getMessage()).startsWith("ls exited with").contains("no-such-file");
  }

  @Test
  void capsEachOutputAtOneMegabyte() throws Exception {
    Map<?, ?> out = run(allowing("seq"), Map.of("command", "seq", "args", List.of(1, 400_000)));

    String stdout = (String) out.get("stdout");
    assertThat(stdout).startsWith("1\n2\n3\n").endsWith("[output truncated after 1048576 bytes]");
    assertThat(stdout.length()).isLessThan(ShellExecHandler.OUTPUT_CAP + 100);
  }

  @Test
  void passesAMinimalEnvironment() throws Exception {
    String env = (String) run(allowing("env"), Map.of("command", "env")).get("stdout");

    assertThat(env.lines().map(l -> l.substring(0, l.indexOf('='))))
        .isSubsetOf("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT");
  }

  @Test
  void interruptionDestroysTheProcess() throws Exception {
    var handler = allowing("sleep");
    var thrown = new AtomicReference<Throwable>();
    Thread task =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    run(handler, Map.of("command", "sleep", "args", List.of(30)));
                  } catch (Exception e) {
                    thrown.set(e);
                  }
                });
    Thread.sleep(300);
    Instant interrupted = Instant.now();

    task.interrupt();
    task.join(Duration.ofSeconds(5));

    assertThat(task.isAlive()).isFalse();
    assertThat(Duration.between(interrupted, Instant.now())).isLessThan(Duration.ofSeconds(3));
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(
            ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("sleep")))
        .isEmpty();
  }

  @Test
  void aRetriedTaskDoesNotRunTwice() throws Exception {
    var context =
        InMemoryTaskContext.of(artifacts, Map.of("command", "echo", "args", List.of("hi")));
    var handler = allowing("echo");

    handler.execute(context);
    handler.execute(context);

    assertThat(context.performed("exec")).isEqualTo(1);
  }

  @Test
  void aProgramThatCannotStartIsNamed() throws Exception {
    failure(
        () -> run(allowing("no-such-program-altlas"), Map.of("command", "no-such-program-altlas")),
        "shell.cannot_start",
        false);
  }
}
