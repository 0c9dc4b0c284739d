package dev.altlas.cli;

import dev.altlas.archiving.SearchTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A point in time or an age on the command line, in the forms of {@link SearchTime}. */
final class TimeArgument {
  private TimeArgument() {}

  /** An age: {@code 90d} or any duration of the plans' form ({@code 12h}, {@code 30m}, …). */
  static Duration age(String text) {
    return SearchTime.age(text);
  }

  static Instant parse(String option, String text, Clock clock) throws CliFailure {
    try {
      return SearchTime.parse(text, clock.instant());
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(option + " " + e.getMessage());
    }
  }
}
