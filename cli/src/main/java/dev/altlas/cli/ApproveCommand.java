package dev.altlas.cli;

import picocli.CommandLine.Command;

/** {@code altlas approve RUN_ID TASK_ID}. */
@Command(name = "approve", description = "Approves an approval.wait task of a run.")
final class ApproveCommand extends DecisionCommand {
  @Override
  boolean approved() {
    return true;
  }
}
