package dev.altlas.cli;

import dev.altlas.run.Decision;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altlas approve} and {@code altlas reject}: a person's answer to an approval task. */
abstract class DecisionCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run.")
  String runId;

  @Parameters(index = "1", paramLabel = "TASK_ID", description = "The approval.wait task.")
  String taskId;

  @Option(names = "--comment", paramLabel = "TEXT", description = "Why, for the record.")
  String comment;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who decides (default: your user name).")
  String by;

  abstract boolean approved();

  @Override
  int execute() throws Exception {
    String who = by == null ? System.getProperty("user.name", "local") : by;
    try (Installation inst = root.installation()) {
      try {
        inst.control()
            .decide(runId, taskId, new Decision(approved(), who, comment, root.clock().instant()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw CliFailure.failed(e.getMessage());
      }
      out()
          .println(
              (approved() ? "approved " : "rejected ")
                  + taskId
                  + " of "
                  + runId
                  + "; the process running it goes on within a few seconds");
      out().flush();
      return ExitCodes.OK;
    }
  }
}
