package dev.altlas.tasks.builtin.shell;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.Output;
import dev.altlas.tasks.builtin.content.ReadableText;
import dev.altlas.tasks.builtin.fs.Workspace;
import dev.altlas.tasks.builtin.fs.WorkspacePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code shell.exec}: runs a program named in {@code altlas.shell.allow} with its arguments, with
 * no shell in between (so no globbing, pipes or substitution), in a workspace directory and with a
 * minimal environment (the runner's secrets are not passed on). Interruption (timeout, cancel)
 * destroys the process and its descendants.
 */
public final class ShellExecHandler implements TaskHandler {
  public static final String ALLOW = "altlas.shell.allow";
  static final int OUTPUT_CAP = 1024 * 1024;
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

  /** Variables programs commonly need; the rest of the runner's environment may hold secrets. */
  private static final List<String> PASSED_ENVIRONMENT =
      List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT");

  private final Set<String> allowed;
  private final Workspace workspace;

  public ShellExecHandler(List<String> allowed, Workspace workspace) {
    this.allowed = Set.copyOf(allowed);
    this.workspace = workspace;
  }

  @Override
  public String type() {
    return "shell.exec";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    String program = params.string("command").trim();
    if (!allowed.contains(program)) {
      throw new TaskFailure(
          "shell.not_allowed",
          allowed.isEmpty()
              ? "shell.exec is off; list the programs it may run in " + ALLOW
              : "'" + program + "' is not listed in " + ALLOW,
          false);
    }
    var command = new ArrayList<String>();
    command.add(program);
    for (Object arg : params.get("args").isPresent() ? params.list("args") : List.of()) {
      if (arg instanceof Map<?, ?> || arg instanceof List<?> || arg == null) {
        throw TaskFailure.badParam("args", "must list plain values, not " + arg);
      }
      command.add(ReadableText.scalar(arg));
    }
    Path dir = workingDir(params.optionalString("working_dir").orElse("."));
    Object result = context.once("exec", () -> run(command, dir));
    Map<?, ?> out = (Map<?, ?>) result;
    if (!(out.get("exit_code") instanceof Number code) || code.intValue() != 0) {
      String stderr = String.valueOf(out.get("stderr")).strip();
      String tail = stderr.length() > 500 ? "…" + stderr.substring(stderr.length() - 500) : stderr;
      throw new TaskFailure(
          "shell.exit_nonzero",
          program + " exited with " + out.get("exit_code") + (tail.isEmpty() ? "" : ": " + tail),
          false);
    }
    return out;
  }

  private Path workingDir(String text) throws TaskFailure {
    WorkspacePath dir = workspace.resolve("working_dir", text);
    if (!Files.isDirectory(dir.real())) {
      throw new TaskFailure("fs.not_found", "there is no directory '" + text + "'", false);
    }
    return dir.real();
  }

  private static Object run(List<String> command, Path dir)
      throws TaskFailure, InterruptedException {
    var builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().retainAll(PASSED_ENVIRONMENT);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TaskFailure(
          "shell.cannot_start",
          "cannot start " + command.getFirst() + ": " + e.getMessage(),
          false,
          e);
    }
    try {
      closeInput(process);
      CappedCapture stdout = CappedCapture.start(process.getInputStream(), OUTPUT_CAP);
      CappedCapture stderr = CappedCapture.start(process.getErrorStream(), OUTPUT_CAP);
      int exit = process.waitFor();
      return Output.of(
          "exit_code",
          exit,
          "stdout",
          stdout.text(DRAIN_GRACE),
          "stderr",
          stderr.text(DRAIN_GRACE));
    } finally {
      destroyTree(process);
    }
  }

  /** The program reads end-of-file at once rather than waiting for input that never comes. */
  private static void closeInput(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: nothing to do.
    }
  }

  /** Descendants first: once the parent is gone they are re-parented and cannot be found. */
  private static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
