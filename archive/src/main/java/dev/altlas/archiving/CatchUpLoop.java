package dev.altlas.archiving;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs catch-up on one virtual thread, the archive's only writer to the index: at once when
 * started, when asked (records were added), every {@code interval} while the index is healthy (to
 * pick up records added by other processes), and with doubling backoff while it keeps failing.
 */
final class CatchUpLoop implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CatchUpLoop.class.getName());

  /** How long {@link #close} waits for a batch in progress to finish. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final SearchFeed feed;
  private final ArchiveSettings settings;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean closed;
  private Thread thread;

  CatchUpLoop(SearchFeed feed, ArchiveSettings settings) {
    this.feed = feed;
    this.settings = settings;
  }

  synchronized void start() {
    if (thread == null && !closed) {
      thread = Thread.ofVirtual().name("altlas-archive-catch-up").start(this::run);
    }
  }

  /**
   * Runs catch-up soon (records were added). Requests while one runs are served together by the
   * next. While the index is failing, the backoff decides when to try again.
   */
  void request() {
    if (!feed.failing()) {
      wake.release();
    }
  }

  private void run() {
    int failures = 0;
    try {
      while (!closed) {
        try {
          feed.catchUp(() -> !closed);
          failures = 0;
        } catch (RuntimeException e) {
          failures++;
          // Adds that came in before the failure was seen must not cut the backoff short.
          wake.drainPermits();
          if (failures == 1 && !feed.failing()) {
            // Index failures are logged by the feed; this is the archive store failing.
            LOG.log(
                Level.WARNING, "archive catch-up failed: {0}; retrying with backoff", e.toString());
          }
        }
        Duration wait = failures == 0 ? settings.interval() : backoff(settings, failures);
        if (wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          wake.drainPermits();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code minBackoff · 2^(failures-1)}, at most {@code maxBackoff}. */
  static Duration backoff(ArchiveSettings settings, int failures) {
    Duration d = settings.minBackoff();
    for (int i = 1; i < failures && d.compareTo(settings.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
  }

  /** Stops after the batch in progress; the checkpoint keeps what was done. */
  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      closed = true;
      running = thread;
    }
    wake.release();
    if (running == null) {
      return;
    }
    try {
      if (!running.join(STOP_WAIT)) {
        running.interrupt();
      }
    } catch (InterruptedException e) {
      running.interrupt();
      Thread.currentThread().interrupt();
    }
  }
}
