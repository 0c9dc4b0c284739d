package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.model.RunResult;
import dev.altlas.run.RunStore;
import java.time.Clock;
import java.util.Objects;

/**
 * Archives {@code .last} records that come from outside (another installation, a file) by {@link
 * UploadRules}: an upload never takes the id of one of this installation's runs, nor claims to have
 * finished in the future.
 */
public final class Uploads {
  private final Archive archive;
  private final RunStore runs;
  private final Clock clock;

  /**
   * @param runs this installation's runs, whose ids uploads may not take
   */
  public Uploads(Archive archive, RunStore runs, Clock clock) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Why {@code result} may not be archived; null when it may. For checking a batch before adding
   * any of it.
   */
  public String refusal(RunResult result) {
    return verdict(result) instanceof UploadRules.Verdict.Refused(String reason) ? reason : null;
  }

  /**
   * Archives an uploaded record, whose plan is not known (or, when it is the result of one of this
   * installation's runs, as that run with its plan). The caller has validated it ({@link
   * dev.altlas.format.DocumentReader#readRun}).
   *
   * @throws RefusedUploadException when the rules refuse it; nothing is archived
   */
  public ArchiveStore.Added add(RunResult result) throws InterruptedException {
    return switch (verdict(result)) {
      case UploadRules.Verdict.AsUpload() -> archive.add(result, null);
      case UploadRules.Verdict.AsOwnRun(var plan) -> archive.add(result, plan);
      case UploadRules.Verdict.Refused(String reason) ->
          throw new RefusedUploadException(result.runId(), reason);
    };
  }

  private UploadRules.Verdict verdict(RunResult result) {
    String runId = result.runId();
    return UploadRules.verdict(result, runs.findRun(runId), runs.result(runId), clock.instant());
  }
}
