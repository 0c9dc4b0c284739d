package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.bus.EventBus;
import dev.altlas.bus.RunEvent;
import dev.altlas.model.RunResult;
import dev.altlas.run.RunQuery;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunStore;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Archives every run this installation finishes: on the bus's {@code run.finished} events, and at
 * start for runs that finished while nothing listened (a crash between a run's end and its
 * archiving, or an event lost with the process).
 *
 * <p>At start, {@link #subscribe} first and then {@link #archiveMissing}, so that no run finishes
 * between the two unseen. Delivery is at least once and the two may archive the same run; archiving
 * a run twice changes nothing.
 */
public final class RunArchiver implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RunArchiver.class.getName());

  /** The events this archiver listens to. */
  public static final String SUBJECT = "runs.*.run.finished";

  /**
   * The checkpoint (in the archive store) below which every run of the run store is finished and
   * archived: the creation time of the oldest run that was unfinished at the last scan, or of the
   * newest run then.
   */
  static final String SCANNED_CHECKPOINT = "archiver:complete_before";

  private static final int PAGE = 200;

  private final RunStore runs;
  private final ArchiveStore store;
  private final Archive archive;
  private AutoCloseable subscription;

  /**
   * @param store the archive's store, asked which runs are archived already
   */
  public RunArchiver(RunStore runs, ArchiveStore store, Archive archive) {
    this.runs = runs;
    this.store = store;
    this.archive = archive;
  }

  /** Starts archiving runs as they finish. */
  public synchronized void subscribe(EventBus bus) {
    if (subscription != null) {
      throw new IllegalStateException("already subscribed");
    }
    subscription = bus.subscribe(SUBJECT, this::onFinished);
  }

  private void onFinished(RunEvent event) {
    try {
      archive(event.runId());
    } catch (InterruptedException e) {
      // The subscription is closing; the run is archived by archiveMissing at the next start.
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not archive run {0}: {1}; it is archived at the next start",
          event.runId(),
          e.toString());
      // Rethrown so that a bus that redelivers (JetStream) tries again.
      throw e;
    }
  }

  /**
   * Archives one finished run with its plan.
   *
   * @return false when the run store has no result for it (unknown or not finished)
   */
  public boolean archive(String runId) throws InterruptedException {
    Optional<RunResult> result = runs.result(runId);
    if (result.isEmpty()) {
      LOG.log(Level.WARNING, "run {0} finished but the run store has no result for it", runId);
      return false;
    }
    archive.add(result.get(), runs.findRun(runId).map(RunRecord::plan).orElse(null));
    return true;
  }

  /**
   * Archives finished runs that are not archived yet. Reads the run store newest first down to the
   * last scan's mark (the whole store the first time, which also archives the history of an
   * installation that ran before it had an archive), then moves the mark to the oldest run still
   * unfinished, since every run older than that is archived.
   *
   * @return how many runs were archived
   */
  public int archiveMissing() throws InterruptedException {
    Instant since = store.checkpoint(SCANNED_CHECKPOINT).map(Instant::parse).orElse(null);
    Instant oldestOpen = null;
    Instant newest = null;
    int archived = 0;
    String before = null;
    while (true) {
      List<RunRecord> page = runs.listRuns(new RunQuery(null, null, since, before, PAGE));
      for (RunRecord run : page) {
        if (newest == null) {
          newest = run.createdAt();
        }
        if (!run.state().finished()) {
          oldestOpen = run.createdAt();
        } else if (store.find(run.runId()).isEmpty() && archive(run.runId())) {
          archived++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      before = page.getLast().runId();
    }
    Instant mark = oldestOpen != null ? oldestOpen : newest;
    if (mark != null) {
      store.saveCheckpoint(SCANNED_CHECKPOINT, mark.toString());
    }
    if (archived > 0) {
      LOG.log(Level.INFO, "archived {0} finished runs that were not archived yet", archived);
    }
    return archived;
  }

  /** Stops archiving runs as they finish. */
  @Override
  public synchronized void close() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception e) {
        LOG.log(Level.DEBUG, "closing the run.finished subscription failed: {0}", e.toString());
      }
      subscription = null;
    }
  }
}
