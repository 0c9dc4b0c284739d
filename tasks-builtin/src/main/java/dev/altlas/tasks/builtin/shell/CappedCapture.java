package dev.altlas.tasks.builtin.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a process's output stream on a virtual thread, keeping the first bytes up to a cap and
 * discarding the rest (still reading, so that the process never blocks on a full pipe).
 */
final class CappedCapture {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int cap;
  private final Thread reader;
  private volatile boolean truncated;

  private CappedCapture(InputStream stream, int cap) {
    this.cap = cap;
    this.reader = Thread.ofVirtual().name("shell-capture").start(() -> drain(stream));
  }

  static CappedCapture start(InputStream stream, int cap) {
    return new CappedCapture(stream, cap);
  }

  /**
   * The captured text, once the stream ended or the grace period passed: a program that leaves a
   * child behind holding the pipe open must not hold the task forever.
   */
  String text(Duration grace) throws InterruptedException {
    reader.join(grace);
    String text;
    synchronized (kept) {
      text = kept.toString(StandardCharsets.UTF_8);
    }
    return truncated ? text + "\n[output truncated after " + cap + " bytes]" : text;
  }

  private void drain(InputStream stream) {
    byte[] buffer = new byte[8192];
    try (stream) {
      int n;
      while ((n = stream.read(buffer)) >= 0) {
        synchronized (kept) {
          int room = cap - kept.size();
          kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
          truncated |= n > room;
        }
      }
    } catch (IOException e) {
      // The stream closes when the process is destroyed; what was read so far is kept.
    }
  }
}
