package dev.altlas.cli;

import dev.altlas.format.DurationText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A point in time as people type it on the command line: an age ({@code 7d}, {@code 12h}, {@code
 * 30m}: that long ago), a day ({@code 2026-11-01}, midnight UTC) or an instant ({@code
 * 2026-11-01T08:00:00Z}).
 */
final class TimeArgument {
  private TimeArgument() {}

  /** An age: {@code 90d} or any duration of the plans' form ({@code 12h}, {@code 30m}, …). */
  static Duration age(String text) {
    String value = text.strip();
    if (value.matches("\\d{1,6}d")) {
      return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
    }
    return DurationText.parse(value);
  }

  static Instant parse(String option, String text, Clock clock) throws CliFailure {
    String value = text.strip();
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.contains("T")) {
        return Instant.parse(value);
      }
      return clock.instant().minus(age(value));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw CliFailure.usage(
          option
              + " must be an age like 7d or 12h, a day like 2026-11-01, or an instant like"
              + " 2026-11-01T08:00:00Z; was '"
              + text
              + "'");
    }
  }
}
