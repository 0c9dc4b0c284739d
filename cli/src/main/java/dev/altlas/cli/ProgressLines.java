package dev.altlas.cli;

import dev.altlas.bus.RunEvent;
import dev.altlas.run.TaskState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live progress of one run on stderr: a line per task state change and, on a terminal, a progress
 * bar that redraws in place.
 */
final class ProgressLines {
  /** Back to the start of the line, and erase it. */
  private static final String CLEAR_LINE = "\r\033[2K";

  private final PrintWriter err;
  private final PrintWriter controls;
  private final boolean terminal;
  private final int total;
  private final Map<String, String> states = new ConcurrentHashMap<>();

  /**
   * @param err where the lines go; it shows control characters in them (a task's error message may
   *     quote anything)
   * @param controls the same stream as it is, for the sequences that redraw the bar
   */
  ProgressLines(PrintWriter err, PrintWriter controls, boolean terminal, int total) {
    this.err = err;
    this.controls = controls;
    this.terminal = terminal;
    this.total = total;
  }

  synchronized void accept(RunEvent e) {
    String line = describe(e);
    if (line == null) {
      return;
    }
    if (terminal) {
      controls.print(CLEAR_LINE);
    }
    err.println(line);
    if (e.taskKey() != null
        && !e.taskKey().contains("[")
        && e.data().get("state") instanceof String s) {
      states.put(e.taskKey(), s);
    }
    if (terminal) {
      controls.print(bar());
    }
    err.flush();
    controls.flush();
  }

  private static String describe(RunEvent e) {
    String task = e.taskKey();
    Map<String, Object> d = e.data();
    return switch (e.type()) {
      case "run.started" -> "run " + e.runId() + " started";
      case "task.started" -> "  " + task + ": started (attempt " + d.get("attempt") + ")";
      case "task.retrying" ->
          "  " + task + ": will retry — " + d.get("error") + ": " + d.get("message");
      case "task.succeeded" -> "  " + task + ": succeeded";
      case "task.failed", "task.timed_out" ->
          "  " + task + ": " + state(d) + " — " + d.get("error") + ": " + d.get("message");
      case "task.skipped" -> "  " + task + ": skipped — " + d.get("message");
      case "task.cancelled" -> "  " + task + ": cancelled";
      case "task.fanned_out" -> "  " + task + ": running for each of " + d.get("items") + " items";
      case "task.awaiting_approval" ->
          "  "
              + task
              + ": waiting for approval — run `altlas approve "
              + e.runId()
              + " "
              + task
              + "` or `altlas reject "
              + e.runId()
              + " "
              + task
              + "`";
      case "task.reclaimed" -> "  " + task + ": taken over from a stopped worker";
      case "run.finished" ->
          "run " + e.runId() + " " + String.valueOf(d.get("status")).replace('_', ' ');
      default -> null;
    };
  }

  private static String state(Map<String, Object> d) {
    return String.valueOf(d.get("state")).toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private String bar() {
    long done =
        states.values().stream()
            .filter(s -> TaskState.valueOf(s.toUpperCase(Locale.ROOT)).finished())
            .count();
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    return "["
        + "#".repeat(filled)
        + " ".repeat(width - filled)
        + "] "
        + done
        + "/"
        + total
        + " tasks";
  }

  synchronized void end() {
    if (terminal) {
      controls.print(CLEAR_LINE);
      controls.flush();
    }
  }
}
