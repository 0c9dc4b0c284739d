package dev.altlas.cli;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.format.DocumentKind;
import dev.altlas.model.RunResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas archive add}: uploads {@code .last} files into the archive. */
@Command(
    name = "add",
    description = {
      "Archives .last run results (e.g. from another installation) so that altlas search finds"
          + " them. Each file is validated first; an invalid one is reported and nothing of it is"
          + " stored. A run already archived is left as it is."
    },
    footer = {"Examples:", "  altlas archive add result.last", "  altlas archive add runs/*.last"})
final class ArchiveAddCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The .last files; - is stdin.")
  List<String> files = new ArrayList<>();

  @Override
  int execute() throws Exception {
    List<RunResult> results = new ArrayList<>();
    for (String file : files) {
      Inputs.Input input = Inputs.read(file, root.stdin());
      results.add((RunResult) Documents.readValid(input, DocumentKind.LAST, root.catalog()));
    }
    try (Installation inst = root.installation()) {
      int added = 0;
      for (RunResult result : results) {
        ArchiveStore.Added outcome = inst.archive().upload(result);
        out()
            .println(
                (outcome.added() ? "archived " : "already archived ")
                    + result.runId()
                    + ": "
                    + result.plan().command().replaceAll("\\s+", " "));
        added += outcome.added() ? 1 : 0;
      }
      inst.archive().catchUp();
      out().println(Documents.count(added, "run") + " added to the archive");
      out().flush();
      return ExitCodes.OK;
    }
  }
}
