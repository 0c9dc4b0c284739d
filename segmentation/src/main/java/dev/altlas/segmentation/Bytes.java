package dev.altlas.segmentation;

import java.util.Locale;

/** A byte count as people write it: 1048576 → "1 MB". */
final class Bytes {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};
  private static final int STEP = 1024;

  private Bytes() {}

  static String readable(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= STEP && unit < UNITS.length - 1) {
      value /= STEP;
      unit++;
    }
    String number =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + UNITS[unit];
  }
}
