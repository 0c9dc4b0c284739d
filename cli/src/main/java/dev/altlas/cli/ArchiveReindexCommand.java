package dev.altlas.cli;

import dev.altlas.archive.SliceDigests;
import dev.altlas.archiving.IndexRebuild;
import dev.altlas.search.opensearch.ReindexOptions;
import dev.altlas.search.opensearch.ReindexProgress;
import dev.altlas.search.opensearch.ReindexResult;
import dev.altlas.search.opensearch.Reindexer;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code altlas archive reindex}: rebuilds the search index, verified, without stopping search. */
@Command(
    name = "reindex",
    description = {
      "Rebuilds the search index from the archive store (the source of truth) and verifies it per"
          + " day by count and checksum. Searches keep answering all along.",
      "OpenSearch: copies into a new index (from the store, or with --from index from the live"
          + " index), with progress, resumable checkpoints (run it again after an interruption) and"
          + " an optional throttle; the read and write aliases switch to the new index only when"
          + " verification passes.",
      "Lucene: re-indexes every record in place and removes entries the store no longer has."
    },
    footer = {
      "Examples:",
      "  altlas archive reindex",
      "  altlas -Daltlas.search=opensearch archive reindex --rate 2000",
      "  altlas archive reindex --from index"
    })
final class ArchiveReindexCommand extends Subcommand {

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      defaultValue = "store",
      description = "store (default) or index (OpenSearch: copy the live index into a new one).")
  String from;

  @Option(
      names = "--rate",
      paramLabel = "N",
      defaultValue = "0",
      description = "At most N runs per second (OpenSearch); 0, the default, for no limit.")
  int rate;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Runs per request (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--drop-missing",
      description =
          "Reindex even when the index has runs the archive store lost, dropping them from search"
              + " (see altlas archive verify and recover).")
  boolean dropMissing;

  @Override
  int execute() throws Exception {
    if (!from.equals("store") && !from.equals("index")) {
      throw CliFailure.usage("--from must be store or index, not '" + from + "'");
    }
    if (rate < 0 || batch < 1 || batch > 10_000) {
      throw CliFailure.usage("--rate must be 0 or more and --batch 1 to 10000");
    }
    try (Installation inst = root.installation()) {
      if (!dropMissing) {
        refuseToDropLostRuns(inst);
      }
      SearchBackend backend = inst.searchBackend();
      List<SliceDigests.Difference> differences;
      if (backend.kind().equals("opensearch")) {
        differences = openSearch(inst);
      } else {
        if (from.equals("index")) {
          throw CliFailure.usage("--from index needs altlas.search=opensearch");
        }
        differences =
            new IndexRebuild(inst.archiveStore(), inst.searchIndex(), batch)
                .rebuild(n -> progress("re-indexed " + n + " runs"));
      }
      if (!differences.isEmpty()) {
        throw CliFailure.failed(
            "verification failed on " + Documents.count(differences.size(), "day") + ":",
            differences.stream().map(d -> "  " + d).toList());
      }
      out()
          .println(
              "reindexed and verified: " + Documents.count(inst.archiveStore().count(), "run"));
      out().flush();
      return ExitCodes.OK;
    }
  }

  /** A rebuild from the store would drop from search the runs the store lost. */
  private void refuseToDropLostRuns(Installation inst) throws CliFailure {
    inst.archive().catchUp();
    var rebuild = new IndexRebuild(inst.archiveStore(), inst.searchIndex(), batch);
    LostRuns lost = LostRuns.find(rebuild, rebuild.verify(), root.home());
    if (lost.any()) {
      throw lost.failure(
          "not reindexing:",
          "  To reindex anyway and drop them from search: altlas archive reindex --drop-missing");
    }
  }

  private List<SliceDigests.Difference> openSearch(Installation inst) throws CliFailure {
    ReindexOptions options =
        ReindexOptions.defaults().batches(batch).throttled(rate).reporting(this::progress);
    try (Reindexer reindexer =
        Reindexer.open(
            SearchBackend.openSearch(inst.settings()),
            SearchBackend.synonyms(inst.settings()),
            options)) {
      ReindexResult result =
          from.equals("index")
              ? reindexer.fromLiveIndex()
              : reindexer.fromStore(inst.archiveStore());
      if (result.switched()) {
        err()
            .printf(
                Locale.ROOT,
                "aliases now point to %s (was %s)%n",
                result.target(),
                result.previous());
      }
      return result.differences();
    }
  }

  private void progress(ReindexProgress p) {
    progress(
        String.format(
            Locale.ROOT,
            "%s %s: %d/%d runs, %.0f/s, %ds left",
            p.phase().name().toLowerCase(Locale.ROOT),
            p.target(),
            p.copied(),
            p.total(),
            p.docsPerSecond(),
            p.eta().toSeconds()));
  }

  private void progress(String line) {
    err().println(line);
    err().flush();
  }
}
