package dev.altlas.cli;

import picocli.CommandLine.Command;

/** {@code altlas atlas}: what the archive teaches. */
@Command(
    name = "atlas",
    description =
        "Shows, exports, imports and removes .atlas knowledge: command patterns with the plans that"
            + " succeeded for them, success rates and latencies, common failures, low-success"
            + " alerts. Planning reuses the proven plans of similar commands.",
    subcommands = {
      AtlasShowCommand.class,
      AtlasExportCommand.class,
      AtlasImportCommand.class,
      AtlasRemoveCommand.class
    })
final class AtlasCommand extends Subcommand {

  @Override
  int execute() {
    throw CliFailure.usage(
        "missing a command: show, export, import or remove; e.g. altlas atlas show");
  }
}
