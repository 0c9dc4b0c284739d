package dev.altlas.archiving;

import dev.altlas.format.StoredForm;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.run.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an uploaded {@code .last} record may go into this installation's archive, decided from
 * the record, this installation's run of the same id (if any) and the clock.
 *
 * <p>Ids of this installation's runs are its own: an upload may not take one, running or finished,
 * since the archive keeps one record per id and search would return the upload instead of the run.
 * The one exception is the run's own result (equal in stored form, e.g. its {@code .last} file from
 * {@code runs/}), which is archived as the run, with its plan. And a record must not claim to have
 * finished in the future: retention purges by finish time, so it would stay for ever.
 */
final class UploadRules {
  /** How far ahead of this machine's clock another machine's may be. */
  static final Duration CLOCK_SKEW = Duration.ofDays(1);

  private UploadRules() {}

  /** What to do with an upload. */
  sealed interface Verdict {
    /** Archive it as a record from elsewhere, without a plan. */
    record AsUpload() implements Verdict {}

    /** It is this installation's run's own result: archive it as that run, with its plan. */
    record AsOwnRun(Plan plan) implements Verdict {}

    /** Archive nothing, for this reason. */
    record Refused(String reason) implements Verdict {}
  }

  /**
   * @param ownRun this installation's run of the upload's id, if there is one
   * @param ownResult that run's result, when it has finished
   */
  static Verdict verdict(
      RunResult upload, Optional<RunRecord> ownRun, Optional<RunResult> ownResult, Instant now) {
    Instant latest = now.plus(CLOCK_SKEW);
    for (Instant claimed : new Instant[] {upload.finishedAt(), upload.startedAt()}) {
      if (claimed != null && claimed.isAfter(latest)) {
        return new Verdict.Refused(
            "it says the run "
                + (claimed.equals(upload.finishedAt()) ? "finished" : "started")
                + " at "
                + claimed
                + ", more than "
                + CLOCK_SKEW.toHours()
                + " hours after now ("
                + now
                + " on this machine); a record from the future would never be purged");
      }
    }
    if (ownRun.isEmpty()) {
      return new Verdict.AsUpload();
    }
    RunRecord run = ownRun.get();
    if (ownResult.isPresent()
        && StoredForm.toJson(ownResult.get()).equals(StoredForm.toJson(upload))) {
      return new Verdict.AsOwnRun(run.plan());
    }
    return new Verdict.Refused(
        "run "
            + upload.runId()
            + " is a run of this installation ("
            + run.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + ") and this is not its result; an upload cannot take the id of one of its runs");
  }
}
