package dev.altlas.engine;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Run ids that sort by start time and are easy to read and type: {@code
 * run-20261122-031502-a1b2c3}.
 */
final class RunIds {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  static String next(Instant now) {
    byte[] tail = new byte[4];
    RANDOM.nextBytes(tail);
    return "run-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(tail);
  }
}
