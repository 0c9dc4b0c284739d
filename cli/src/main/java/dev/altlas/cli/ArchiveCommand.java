package dev.altlas.cli;

import picocli.CommandLine.Command;

/** {@code altlas archive}: the archive of finished runs. */
@Command(
    name = "archive",
    description =
        "Adds .last records to the archive, rebuilds or moves its search index, purges old"
            + " records, recovers the archive from the .last records after the database was lost.",
    subcommands = {
      ArchiveAddCommand.class,
      ArchiveReindexCommand.class,
      ArchiveVerifyCommand.class,
      ArchivePurgeCommand.class,
      ArchiveRecoverCommand.class
    })
final class ArchiveCommand extends Subcommand {

  @Override
  int execute() {
    throw CliFailure.usage(
        "missing a command: add, reindex, verify, purge or recover; e.g. altlas archive add"
            + " result.last");
  }
}
