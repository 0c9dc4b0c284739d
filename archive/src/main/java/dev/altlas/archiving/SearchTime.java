package dev.altlas.archiving;

import dev.altlas.format.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A point in time as people write it in searches: an age ({@code 7d}, {@code 12h}, {@code 30m}:
 * that long ago), a day ({@code 2026-11-01}, midnight UTC) or an instant ({@code
 * 2026-11-01T08:00:00Z}). {@code altlas search --since} and the {@code archive.search} task read it
 * alike.
 */
public final class SearchTime {
  /** What the forms look like, for messages. */
  public static final String FORMS =
      "an age like 7d or 12h, a day like 2026-11-01, or an instant like 2026-11-01T08:00:00Z";

  private SearchTime() {}

  /**
   * An age: {@code 90d} or any duration of the plans' form ({@code 12h}, {@code 30m}, …).
   *
   * @throws IllegalArgumentException when it is none
   */
  public static Duration age(String text) {
    String value = text.strip();
    if (value.matches("\\d{1,6}d")) {
      return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
    }
    return DurationText.parse(value);
  }

  /**
   * @param now what an age counts back from
   * @throws IllegalArgumentException naming the forms, when {@code text} is none of them
   */
  public static Instant parse(String text, Instant now) {
    String value = text.strip();
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.contains("T")) {
        return Instant.parse(value);
      }
      return now.minus(age(value));
    } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("must be " + FORMS + "; was '" + text + "'", e);
    }
  }
}
