package dev.altlas.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas cancel RUN_ID}. */
@Command(
    name = "cancel",
    description = "Cancels a run: no more tasks start and running ones are stopped.")
final class CancelCommand extends Subcommand {

  @Parameters(paramLabel = "RUN_ID", description = "The run to cancel.")
  String runId;

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      if (!inst.control().cancel(runId)) {
        throw CliFailure.failed("run '" + runId + "' does not exist or has already finished");
      }
      out().println("cancelling " + runId + "; the process running it stops within a few seconds");
      out().flush();
      return ExitCodes.OK;
    }
  }
}
