package dev.altlas.cli;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archiving.RefusedUploadException;
import dev.altlas.archiving.Uploads;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.model.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code altlas archive recover}: puts the {@code .last} records under {@code runs/} back into the
 * archive after the database lost them.
 */
@Command(
    name = "recover",
    description = {
      "After the database was lost (missing, emptied or damaged) or rolled back, puts the .last"
          + " record of every finished run, kept under runs/ in the data directory, back into the"
          + " archive, so that search and the atlas have them again. An empty or damaged database"
          + " file is moved aside (renamed, never deleted) and a new database started.",
      "What the records do not hold is not recovered: the run store's task states, so `altlas"
          + " runs` and `altlas show` list only the runs the database still has. Records the"
          + " archive has already are left as they are."
    },
    footer = {"Examples:", "  altlas archive recover"})
final class ArchiveRecoverCommand extends Subcommand {

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      inst.startDatabaseAfresh()
          .ifPresent(aside -> err().println("moved the unusable database file to " + aside));
      List<Path> records = EarlierUse.of(root.home()).lastFiles();
      Uploads uploads = inst.uploads();
      ArchiveStore store = inst.archiveStore();
      var reader = new DocumentReader(root.catalog());
      int recovered = 0;
      int present = 0;
      int skipped = 0;
      for (Path file : records) {
        try {
          RunResult result = reader.readRun(Files.readString(file));
          if (store.find(result.runId()).isPresent()) {
            present++;
          } else {
            recovered += uploads.add(result).added() ? 1 : 0;
          }
        } catch (IOException | InvalidDocumentException | RefusedUploadException e) {
          skipped++;
          warn("skipped " + file + ": " + Main.firstLine(e.getMessage()));
        }
      }
      inst.archive().catchUp();
      out()
          .println(
              "recovered "
                  + Documents.count(recovered, "run")
                  + " into the archive from "
                  + Documents.count(records.size(), "record")
                  + " under "
                  + root.home().runs()
                  + " ("
                  + present
                  + " there already, "
                  + skipped
                  + " skipped)");
      out().flush();
      return skipped == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
