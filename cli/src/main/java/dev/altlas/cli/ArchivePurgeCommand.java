package dev.altlas.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code altlas archive purge}: retention by age. */
@Command(
    name = "purge",
    description = {
      "Deletes runs (with their tasks, approvals and side-effect records), archived records and"
          + " their search entries that finished more than AGE ago, in batches. Unfinished runs are"
          + " never deleted. Without --older-than, the setting altlas.retention is used."
    },
    footer = {"Examples:", "  altlas archive purge --older-than 90d"})
final class ArchivePurgeCommand extends Subcommand {

  @Option(
      names = "--older-than",
      paramLabel = "AGE",
      description = "e.g. 90d, 36h; runs that finished longer ago than this are deleted.")
  String olderThan;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "500",
      description = "Records per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  int execute() throws Exception {
    if (batch < 1 || batch > 100_000) {
      throw CliFailure.usage("--batch must be 1 to 100000");
    }
    try (Installation inst = root.installation()) {
      String age = olderThan != null ? olderThan : inst.settings().get("altlas.retention", "");
      if (age.isBlank()) {
        throw CliFailure.usage("say how old: --older-than 90d, or set altlas.retention");
      }
      Duration keep;
      try {
        keep = TimeArgument.age(age);
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage("the age must be like 90d, 36h or 30m; was '" + age + "'");
      }
      Instant cutoff = root.clock().instant().minus(keep);
      var purged = inst.retention().purge(cutoff, batch);
      out()
          .printf(
              Locale.ROOT,
              "purged what finished before %s: %s, %s%s%n",
              cutoff,
              Documents.count(purged.runs(), "run"),
              Documents.count(purged.archived(), "archived record"),
              purged.indexPending()
                  ? "; the search index was not reachable and follows when it is"
                  : "");
      out().flush();
      return ExitCodes.OK;
    }
  }
}
