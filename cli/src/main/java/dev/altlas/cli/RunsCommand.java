package dev.altlas.cli;

import dev.altlas.run.RunQuery;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code altlas runs}: the latest runs, newest first. */
@Command(name = "runs", description = "Lists runs, newest first.")
final class RunsCommand extends Subcommand {

  @Option(
      names = "--status",
      paramLabel = "STATE",
      description =
          "Only runs in this state: queued, running, succeeded, partially_succeeded, failed, cancelled.")
  String status;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N runs (default: ${DEFAULT-VALUE}, max 500).")
  int limit;

  @Option(
      names = "--before",
      paramLabel = "RUN_ID",
      description = "The page after this run (keyset pagination).")
  String before;

  @Override
  int execute() throws Exception {
    RunState state = null;
    if (status != null) {
      try {
        state = RunState.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage(
            "--status must be one of queued, running, succeeded, partially_succeeded, failed, cancelled");
      }
    }
    if (limit < 1 || limit > 500) {
      throw CliFailure.usage("--limit must be 1 to 500");
    }
    try (Installation inst = root.installation()) {
      List<RunRecord> runs;
      try {
        runs = inst.store().listRuns(new RunQuery(state, null, null, before, limit));
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage(e.getMessage());
      }
      if (runs.isEmpty()) {
        out().println("no runs yet; start one with: altlas run \"…\"");
      }
      for (RunRecord r : runs) {
        // Shortened as it shows, escapes included.
        String command = Terminal.safe(r.plan().command().replaceAll("\\s+", " "));
        out()
            .printf(
                Locale.ROOT,
                "%-28s %-20s %-20s %s%n",
                r.runId(),
                r.state().name().toLowerCase(Locale.ROOT),
                r.createdAt().toString().substring(0, 19),
                command.length() > 60 ? command.substring(0, 59) + "…" : command);
      }
      out().flush();
      return ExitCodes.OK;
    }
  }
}
