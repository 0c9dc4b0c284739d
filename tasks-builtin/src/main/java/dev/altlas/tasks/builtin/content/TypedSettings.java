package dev.altlas.tasks.builtin.content;

import dev.altlas.format.DurationText;
import dev.altlas.task.TaskSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of {@link TaskSettings}. A value that cannot be read fails with a message naming the
 * key, so that a wrong configuration stops the start rather than a task later.
 */
public record TypedSettings(TaskSettings settings) {
  private static final Pattern SIZE =
      Pattern.compile("([0-9]{1,12})\\s*(b|kb|kib|mb|mib|gb|gib)?", Pattern.CASE_INSENSITIVE);

  public Optional<String> get(String key) {
    return settings.get(key).map(String::trim);
  }

  /** A comma-separated list, blanks dropped; empty when the key is absent. */
  public List<String> list(String key) {
    return get(key).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public boolean bool(String key, boolean fallback) {
    return get(key)
        .map(
            v -> {
              if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
              }
              throw invalid(key, v, "true or false");
            })
        .orElse(fallback);
  }

  public int integer(String key, int fallback) {
    return get(key)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw invalid(key, v, "a whole number");
              }
            })
        .orElse(fallback);
  }

  /** A size such as {@code 5MB}, {@code 512KB} or {@code 1048576} (bytes); units are binary. */
  public long bytes(String key, long fallback) {
    return get(key)
        .map(
            v -> {
              Matcher m = SIZE.matcher(v);
              if (!m.matches()) {
                throw invalid(key, v, "a size such as 5MB, 512KB or 1048576");
              }
              long n = Long.parseLong(m.group(1));
              String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
              int shift =
                  switch (unit.charAt(0)) {
                    case 'k' -> 10;
                    case 'm' -> 20;
                    case 'g' -> 30;
                    default -> 0;
                  };
              if (n > Long.MAX_VALUE >> shift) {
                throw invalid(key, v, "a size such as 5MB, 512KB or 1048576");
              }
              return n << shift;
            })
        .orElse(fallback);
  }

  public Duration duration(String key, Duration fallback) {
    return get(key)
        .map(
            v -> {
              try {
                return DurationText.parse(v);
              } catch (IllegalArgumentException e) {
                throw invalid(key, v, "a duration such as 30s, 500ms or 2m");
              }
            })
        .orElse(fallback);
  }

  private static IllegalArgumentException invalid(String key, String value, String expected) {
    return new IllegalArgumentException(
        "setting " + key + " is '" + value + "'; it must be " + expected);
  }
}
