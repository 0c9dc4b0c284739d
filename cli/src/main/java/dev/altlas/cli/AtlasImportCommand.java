package dev.altlas.cli;

import dev.altlas.format.DocumentKind;
import dev.altlas.model.Atlas;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas atlas import}: adds another installation's knowledge to this one. */
@Command(
    name = "import",
    description =
        "Validates an .atlas file and keeps it in this installation, so that planning also reuses"
            + " its proven plans. Importing a file of the same name again replaces it.",
    footer = {"Examples:", "  altlas atlas import team.atlas"})
final class AtlasImportCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", description = "The .atlas file, YAML or JSON; - is stdin.")
  String file;

  @Override
  int execute() {
    Inputs.Input input = Inputs.read(file, root.stdin());
    Atlas atlas = (Atlas) Documents.readValid(input, DocumentKind.ATLAS, root.catalog());
    Path kept =
        new AtlasLibrary(root.home().path(), root.catalog())
            .keepImported(atlas, input.fileName().isEmpty() ? "stdin" : input.fileName());
    out()
        .println(
            "imported "
                + Documents.count(atlas.patterns().size(), "command pattern")
                + " from "
                + (atlas.source() == null || atlas.source().isBlank()
                    ? input.name()
                    : atlas.source())
                + " into "
                + kept);
    out().flush();
    return ExitCodes.OK;
  }
}
