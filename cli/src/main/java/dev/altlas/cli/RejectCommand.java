package dev.altlas.cli;

import picocli.CommandLine.Command;

/** {@code altlas reject RUN_ID TASK_ID}. */
@Command(name = "reject", description = "Rejects an approval.wait task of a run; the task fails.")
final class RejectCommand extends DecisionCommand {
  @Override
  boolean approved() {
    return false;
  }
}
