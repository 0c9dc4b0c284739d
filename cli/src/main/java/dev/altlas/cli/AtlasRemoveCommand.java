package dev.altlas.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas atlas remove}: takes an imported atlas out of this installation. */
@Command(
    name = "remove",
    description =
        "Removes an imported atlas, so that planning no longer reuses its plans. Give the name"
            + " altlas atlas show lists (or the file it was imported from). Also for an import that"
            + " can no longer be read.",
    footer = {"Examples:", "  altlas atlas remove team", "  altlas atlas remove team.atlas"})
final class AtlasRemoveCommand extends Subcommand {

  @Parameters(paramLabel = "NAME|FILE", description = "The import's name, or its file.")
  String nameOrFile;

  @Override
  int execute() {
    Path removed = new AtlasLibrary(root.home().path(), root.catalog()).remove(nameOrFile);
    out().println("removed the imported atlas " + removed);
    out().flush();
    return ExitCodes.OK;
  }
}
