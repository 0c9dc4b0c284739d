package dev.altlas.cli;

import dev.altlas.archive.SliceDigests;
import dev.altlas.archiving.IndexRebuild;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code altlas archive verify}: does the search index hold exactly the archive? */
@Command(
    name = "verify",
    description =
        "Compares the search index with the archive store, per day of finish time: how many runs"
            + " and a checksum of their contents. Exit code 1 lists the days that differ; altlas"
            + " archive reindex repairs them, unless the index has runs the store lost: then"
            + " altlas archive recover puts them back from their .last records.")
final class ArchiveVerifyCommand extends Subcommand {

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      inst.archive().catchUp();
      IndexRebuild rebuild = new IndexRebuild(inst.archiveStore(), inst.searchIndex(), 1000);
      List<SliceDigests.Difference> differences = rebuild.verify();
      if (differences.isEmpty()) {
        out()
            .println(
                "the "
                    + inst.searchBackend().kind()
                    + " index holds exactly the "
                    + Documents.count(inst.archiveStore().count(), "archived run"));
        out().flush();
        return ExitCodes.OK;
      }
      LostRuns lost = LostRuns.find(rebuild, differences, root.home());
      if (lost.any()) {
        throw lost.failure("the index differs from the archive:");
      }
      throw CliFailure.failed(
          "the index differs from the archive on "
              + Documents.count(differences.size(), "day")
              + "; run altlas archive reindex",
          differences.stream().map(d -> "  " + d).toList());
    }
  }
}
