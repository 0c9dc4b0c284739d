package dev.altlas.cli;

import dev.altlas.archive.SliceDigests;
import dev.altlas.archiving.IndexRebuild;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the search index holds that the archive store does not: after catch-up, which removes what
 * retention purged, the store lost them (a damaged, emptied or restored-from-old database), and the
 * index may be their last copy. A reindex would drop them; their {@code .last} records under {@code
 * runs/} can bring them back.
 *
 * @param withRecords how many of them have a {@code .last} record under {@code runs/}
 */
record LostRuns(List<String> runIds, int withRecords) {

  static LostRuns find(
      IndexRebuild rebuild, List<SliceDigests.Difference> differences, AltlasHome home) {
    List<String> missing =
        differences.isEmpty() ? List.of() : rebuild.missingFromStore(differences);
    int withRecords = 0;
    for (String runId : missing) {
      withRecords += Files.isRegularFile(home.runs().resolve(runId + EarlierUse.LAST)) ? 1 : 0;
    }
    return new LostRuns(missing, withRecords);
  }

  boolean any() {
    return !runIds.isEmpty();
  }

  /**
   * What to tell a person: not to reindex, and how to recover.
   *
   * @param more lines after those about recovering
   */
  CliFailure failure(String opening, String... more) {
    var details = new ArrayList<String>();
    if (withRecords > 0) {
      details.add(
          "  "
              + withRecords
              + " of them have a .last record under runs/: `altlas archive recover` puts them back"
              + " into the archive.");
    }
    if (withRecords < runIds.size()) {
      details.add(
          "  "
              + (runIds.size() - withRecords)
              + " have none: only a backup of the database has them in full.");
    }
    details.addAll(List.of(more));
    return CliFailure.failed(
        opening
            + " the search index has "
            + Documents.count(runIds.size(), "run")
            + " the archive store lacks (e.g. "
            + runIds.get(0)
            + "): the database lost them, and the index may be their last copy; a reindex would"
            + " drop them from search",
        details);
  }
}
