package dev.altlas.cli;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archiving.RefusedUploadException;
import dev.altlas.archiving.Uploads;
import dev.altlas.format.DocumentKind;
import dev.altlas.model.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas archive add}: uploads {@code .last} files into the archive. */
@Command(
    name = "add",
    description = {
      "Archives .last run results (e.g. from another installation) so that altlas search finds"
          + " them. Each file is validated first; an invalid one is reported and nothing is"
          + " stored. A run already archived is left as it is.",
      "A record cannot take the id of a run of this installation (running or finished) unless it"
          + " is that run's own result, nor say it finished more than a day from now."
    },
    footer = {"Examples:", "  altlas archive add result.last", "  altlas archive add runs/*.last"})
final class ArchiveAddCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The .last files; - is stdin.")
  List<String> files = new ArrayList<>();

  @Override
  int execute() throws Exception {
    var results = new LinkedHashMap<String, RunResult>();
    for (String file : files) {
      Inputs.Input input = Inputs.read(file, root.stdin());
      results.put(
          input.name(), (RunResult) Documents.readValid(input, DocumentKind.LAST, root.catalog()));
    }
    try (Installation inst = root.installation()) {
      Uploads uploads = inst.uploads();
      List<String> refused = new ArrayList<>();
      results.forEach(
          (name, result) -> {
            String refusal = uploads.refusal(result);
            if (refusal != null) {
              refused.add(name + ": " + refusal);
            }
          });
      if (!refused.isEmpty()) {
        throw CliFailure.failed(
            Documents.count(refused.size(), "record")
                + " cannot be archived, so none is (ids of this installation's runs are its own):",
            refused);
      }
      int added = 0;
      for (RunResult result : results.values()) {
        ArchiveStore.Added outcome;
        try {
          outcome = uploads.add(result);
        } catch (RefusedUploadException e) {
          throw CliFailure.failed(result.runId() + " cannot be archived: " + e.getMessage());
        }
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
