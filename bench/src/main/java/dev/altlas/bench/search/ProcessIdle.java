package dev.altlas.bench.search;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits for this process to go quiet before a timed phase: on two cores, whatever the previous
 * system left running (the JIT compiler working through what it made hot, Lucene and OpenSearch
 * merging its segments) would otherwise take a core from the next one.
 */
final class ProcessIdle {
  /** Quiet: less than a tenth of one core used over a second. */
  private static final double QUIET_CORES = 0.1;

  private static final Duration WINDOW = Duration.ofSeconds(1);

  private ProcessIdle() {}

  /**
   * Returns when the process used less than {@value #QUIET_CORES} of a core over the last second,
   * or after {@code most}.
   *
   * @return how long it waited
   */
  static Duration await(Duration most) {
    if (!(ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os)) {
      return Duration.ZERO;
    }
    long start = System.nanoTime();
    long deadline = start + most.toNanos();
    while (System.nanoTime() < deadline) {
      long cpu = os.getProcessCpuTime();
      long wall = System.nanoTime();
      try {
        Thread.sleep(WINDOW);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      double cores = (double) (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
      if (cores < QUIET_CORES) {
        break;
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
