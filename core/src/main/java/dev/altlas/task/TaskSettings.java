package dev.altlas.task;

import java.util.Map;
import java.util.Optional;

/**
 * Configuration for task handlers, as flat {@code altlas.*} keys (e.g. {@code altlas.fs.roots},
 * {@code altlas.http.allow}), read from the environment, a properties file or system properties by
 * the application.
 */
public record TaskSettings(Map<String, String> values) {

  public TaskSettings {
    values = Map.copyOf(values);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  public String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }
}
