package dev.altlas.search.opensearch;

import dev.altlas.archive.SliceDigests;
import java.time.Duration;
import java.util.List;

/**
 * What a reindex did.
 *
 * @param previous the concrete index the aliases pointed to before
 * @param target the new concrete index
 * @param copied runs copied into the target over all runs of the reindex (a resumed one included)
 * @param resumedFrom runs already in the target when this run started from a checkpoint; 0 for a
 *     fresh start
 * @param differences the days whose count or checksum differ between source and target; empty when
 *     verification passed
 * @param switched whether the aliases now point to the target (only when verification passed)
 * @param retiredByPolicy whether the previous index was handed to the ISM lifecycle policy
 */
public record ReindexResult(
    String previous,
    String target,
    long copied,
    long resumedFrom,
    List<SliceDigests.Difference> differences,
    boolean switched,
    boolean retiredByPolicy,
    Duration took) {

  public ReindexResult {
    differences = List.copyOf(differences);
  }
}
