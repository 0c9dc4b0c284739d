package dev.altlas.bench;

import java.util.ArrayList;
import java.util.List;

/** Reads the values of the benchmarks' command-line options, naming the option when one is bad. */
public final class OptionValues {
  private OptionValues() {}

  /** The items of a comma-separated value, stripped, blanks left out. */
  public static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String s : value.split(",", -1)) {
      if (!s.isBlank()) {
        items.add(s.strip());
      }
    }
    return items;
  }

  /**
   * @throws IllegalArgumentException naming {@code flag} when {@code value} is no whole number
   */
  public static long whole(String flag, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a whole number, not '" + value + "'", e);
    }
  }

  /**
   * @throws IllegalArgumentException naming {@code flag} when {@code value} is no whole number or
   *     too large for an {@code int}
   */
  public static int integer(String flag, String value) {
    long whole = whole(flag, value);
    if (whole != (int) whole) {
      throw new IllegalArgumentException(flag + " is too large: " + value);
    }
    return (int) whole;
  }
}
