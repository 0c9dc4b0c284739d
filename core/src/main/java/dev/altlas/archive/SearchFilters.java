package dev.altlas.archive;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Conditions every hit meets. Within one filter any listed value matches (a run with several task
 * types matches if it has any of those asked); across filters all must hold. Empty sets and nulls
 * do not filter. Keyword values are the {@code .last} wire forms: {@code succeeded}, {@code
 * explore}, {@code technical_expert}, {@code fs.list}.
 *
 * @param since finished at or after (inclusive)
 * @param until finished before (exclusive)
 * @param minSuccessRate inclusive, 0..1
 * @param maxSuccessRate inclusive, 0..1
 */
public record SearchFilters(
    Set<String> statuses,
    Set<String> modes,
    Set<String> personas,
    Set<String> languages,
    Set<String> taskTypes,
    Set<String> models,
    Set<String> tags,
    Instant since,
    Instant until,
    Double minSuccessRate,
    Double maxSuccessRate) {

  public static final SearchFilters NONE =
      new SearchFilters(
          Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
          null);

  public SearchFilters {
    statuses = lower(statuses);
    modes = lower(modes);
    personas = lower(personas);
    languages = lower(languages);
    taskTypes = taskTypes == null ? Set.of() : Set.copyOf(taskTypes);
    models = models == null ? Set.of() : Set.copyOf(models);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    checkRate("minimum success rate", minSuccessRate);
    checkRate("maximum success rate", maxSuccessRate);
    if (minSuccessRate != null && maxSuccessRate != null && minSuccessRate > maxSuccessRate) {
      throw new InvalidQueryException(
          "the minimum success rate " + minSuccessRate + " is above the maximum " + maxSuccessRate);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new InvalidQueryException(
          "the time range is empty: since " + since + " is not before until " + until);
    }
  }

  private static Set<String> lower(Set<String> values) {
    return values == null
        ? Set.of()
        : values.stream()
            .map(v -> v.toLowerCase(Locale.ROOT).replace('-', '_'))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static void checkRate(String what, Double rate) {
    if (rate != null && (rate.isNaN() || rate < 0 || rate > 1)) {
      throw new InvalidQueryException("the " + what + " must be between 0 and 1, was " + rate);
    }
  }
}
