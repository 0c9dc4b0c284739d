package dev.altlas.cli;

import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code altlas atlas export}: writes the derived atlas to a file. */
@Command(
    name = "export",
    description =
        "Derives the atlas from the archive and writes it to FILE (JSON when FILE ends in .json,"
            + " else YAML), to import into another installation.",
    footer = {"Examples:", "  altlas atlas export team.atlas", "  altlas atlas export - | less"})
final class AtlasExportCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", description = "Where to write; - for stdout.")
  String file;

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      Atlas atlas = new AtlasLibrary(inst.home(), root.catalog()).derive(inst.atlasDeriver());
      Syntax syntax = file.endsWith(".json") ? Syntax.JSON : Syntax.YAML;
      String text = new DocumentWriter().write(atlas, syntax);
      if (file.equals(Inputs.STDIN)) {
        print(text, syntax);
      } else {
        Files.writeString(Path.of(file), text);
        err()
            .println(
                "wrote "
                    + file
                    + ": "
                    + Documents.count(atlas.patterns().size(), "command pattern")
                    + " from "
                    + Documents.count(atlas.runsAnalysed(), "run"));
        err().flush();
      }
      return ExitCodes.OK;
    }
  }
}
