package dev.altlas.cli;

import dev.altlas.plan.Planner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs {@code altlas} in this JVM, as a user would call it, and captures what it prints. */
final class Cli {
  /** The clock of every run; sub-second part to show that created_at is cut to seconds. */
  static final Instant NOW = Instant.parse("2026-05-04T10:15:30.789Z");

  /** How run ids look in what altlas prints. */
  static final java.util.regex.Pattern RUN_ID =
      java.util.regex.Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{8}");

  private final AltlasHome home;
  private String stdin = "";
  private Instant now = NOW;
  private Supplier<Planner> planner;

  Cli(Path home) {
    this.home = new AltlasHome(home, true);
  }

  /**
   * A folder for the files a test's tasks read: under the working directory (the module folder),
   * since tasks may only touch the workspace, and named after the test's home so tests stay apart.
   */
  static Path workspaceFolder(Path home) throws java.io.IOException {
    return java.nio.file.Files.createDirectories(
        Path.of("target", "e2e", home.getFileName().toString()));
  }

  Cli withStdin(String text) {
    this.stdin = text;
    return this;
  }

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  /** Runs with the clock at {@code instant} instead of {@link #NOW}. */
  Cli at(Instant instant) {
    this.now = instant;
    return this;
  }

  /** Plans with this planner instead of the rule-based one. */
  Cli withPlanner(Planner replacement) {
    this.planner = () -> replacement;
    return this;
  }

  /** The first run id in {@code text}. */
  static String runId(String text) {
    java.util.regex.Matcher m = RUN_ID.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no run id in:\n" + text);
    }
    return m.group();
  }

  /** A run going on in the background, as another terminal would have it. */
  record Background(String runId, java.util.concurrent.CompletableFuture<Result> result) {}

  /**
   * Starts {@code altlas run} of a plan that waits for approval of its task {@code ask} and then
   * lists {@code folder}, on another thread; returns once the run shows as running.
   */
  Background runAwaitingApproval(Path folder) throws Exception {
    Path plan =
        java.nio.file.Files.writeString(
            folder.resolve("approve.alt"),
            """
            format_version: 1
            id: approve-then-list
            command: ask first, then list
            tasks:
              - id: ask
                type: approval.wait
                params: {message: "List the folder?"}
              - id: list
                type: fs.list
                params: {path: "%s"}
                depends_on: [ask]
            """
                .formatted(folder));
    var running =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> run("run", plan.toString()));
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      java.util.regex.Matcher m = RUN_ID.matcher(run("runs", "--status", "running").out());
      if (m.find()) {
        return new Background(m.group(), running);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run did not show as running within 30 s");
  }

  Result run(String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    var root =
        planner == null
            ? new AltlasCommand(home, clock, in)
            : new AltlasCommand(home, clock, in, planner);
    CommandLine commandLine = Main.commandLine(root);
    var out = new StringWriter();
    var err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
