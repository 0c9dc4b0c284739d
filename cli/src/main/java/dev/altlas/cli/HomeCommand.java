package dev.altlas.cli;

import picocli.CommandLine.Command;

/** {@code altlas home}: where ALT_LAS keeps its data. */
@Command(
    name = "home",
    description = {
      "Prints the data directory: $ALTLAS_HOME, or ~/.altlas when it is not set.",
      "It is created the first time something is stored there."
    })
final class HomeCommand extends Subcommand {

  @Override
  int execute() {
    out().println(root.home().path());
    return ExitCodes.OK;
  }
}
