package dev.altlas.model;

import java.time.Instant;
import java.util.List;

/**
 * An {@code .atlas} file: knowledge derived from archived results.
 *
 * @param source the installation it was derived in, so that imports can say where it came from
 * @param runsAnalysed how many {@code .last} records went into it
 */
public record Atlas(
    int formatVersion,
    Instant generatedAt,
    String source,
    long runsAnalysed,
    List<CommandPattern> patterns,
    List<OutcomeStats> stats,
    List<FailurePattern> failures,
    List<LowSuccessAlert> alerts) {

  /** The newest {@code .atlas} format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public Atlas {
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    stats = stats == null ? List.of() : List.copyOf(stats);
    failures = failures == null ? List.of() : List.copyOf(failures);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
  }
}
