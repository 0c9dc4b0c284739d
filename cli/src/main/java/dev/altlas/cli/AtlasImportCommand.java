package dev.altlas.cli;

import dev.altlas.format.DocumentKind;
import dev.altlas.model.Atlas;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas atlas import}: adds another installation's knowledge to this one. */
@Command(
    name = "import",
    description = {
      "Validates an .atlas file and keeps it in this installation, so that planning also reuses"
          + " its proven plans. Importing a file of the same name again replaces it.",
      "A plan reused from an imported atlas says so (altlas plan shows planner.details, altlas run"
          + " prints where it came from), and is never reused when it would do something the"
          + " command does not ask for (write a file, send a message, …). altlas atlas remove"
          + " takes an import out again."
    },
    footer = {"Examples:", "  altlas atlas import team.atlas", "  altlas atlas remove team"})
final class AtlasImportCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", description = "The .atlas file, YAML or JSON; - is stdin.")
  String file;

  @Override
  int execute() {
    Inputs.Input input = Inputs.read(file, root.stdin());
    Atlas atlas = (Atlas) Documents.readValid(input, DocumentKind.ATLAS, root.catalog());
    List<String> notFinite = AtlasNumbers.notFinite(atlas);
    if (!notFinite.isEmpty()) {
      throw CliFailure.failed(
          input.name() + " cannot be imported: it has numbers that are not finite once read:",
          notFinite.stream().map(line -> input.name() + ": " + line).toList());
    }
    AtlasLibrary.Import kept =
        new AtlasLibrary(root.home().path(), root.catalog())
            .keepImported(input.text(), input.fileName().isEmpty() ? "stdin" : input.fileName());
    if (kept.atlas().isEmpty()) {
      throw CliFailure.failed(
          input.name()
              + " was kept as "
              + kept.file()
              + " but cannot be read back: "
              + kept.problem());
    }
    out()
        .println(
            "imported "
                + Documents.count(atlas.patterns().size(), "command pattern")
                + " from "
                + (atlas.source() == null || atlas.source().isBlank()
                    ? input.name()
                    : atlas.source())
                + " as '"
                + kept.name()
                + "' into "
                + kept.file()
                + "; altlas atlas remove "
                + kept.name()
                + " takes it out again");
    out().flush();
    return ExitCodes.OK;
  }
}
