package dev.altlas.bench.search;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits for the JIT compiler to go quiet before a timed phase. On two cores the compiler threads
 * take a core from whatever runs while they still work through what the previous system made hot
 * (the in-JVM OpenSearch node especially), so the next system would pay for them.
 */
final class CompilerIdle {
  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final Duration POLL = Duration.ofMillis(250);

  private CompilerIdle() {}

  /** Returns when no compilation happened for a second, or after {@code most}. */
  static void await(Duration most) {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long deadline = System.nanoTime() + most.toNanos();
    long last = compiler.getTotalCompilationTime();
    long quietSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = compiler.getTotalCompilationTime();
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince >= QUIET.toNanos()) {
        return;
      }
    }
  }
}
