package dev.altlas.legacy;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the legacy header values onto the {@code .alt} ones. A value that cannot be mapped gets the
 * plain default and a warning that names the original, so nothing changes silently.
 */
final class HeaderMapping {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final int MAX_TAGS = 50;
  private static final int MIN_CHAOS = 1;
  private static final int MAX_CHAOS = 10;

  private final Vocabulary vocabulary;
  private final List<String> warnings;

  HeaderMapping(Vocabulary vocabulary, List<String> warnings) {
    this.vocabulary = vocabulary;
    this.warnings = warnings;
  }

  Mode mode(String raw) {
    if (raw == null || raw.isBlank()) {
      return Mode.NORMAL;
    }
    String mode = vocabulary.modes().get(Folding.key(raw));
    if (mode == null) {
      warnings.add(
          "mode '" + raw + "' is not one of normal, dream, explore, chaos; the plan uses normal");
      return Mode.NORMAL;
    }
    return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
  }

  Persona persona(String raw) {
    if (raw == null || raw.isBlank()) {
      return Persona.TECHNICAL_EXPERT;
    }
    String persona = vocabulary.personas().get(Folding.key(raw));
    if (persona == null) {
      warnings.add("persona '" + raw + "' is not known; the plan uses technical_expert");
      return Persona.TECHNICAL_EXPERT;
    }
    return Persona.valueOf(persona.toUpperCase(Locale.ROOT));
  }

  /** Chaos level belongs to chaos mode only; out of range it is brought to the nearest bound. */
  Integer chaosLevel(Long raw, Mode mode) {
    if (raw == null) {
      return null;
    }
    if (mode != Mode.CHAOS) {
      warnings.add(
          "chaos_level "
              + raw
              + " was dropped: it applies only to mode chaos, and the plan's mode is "
              + mode.name().toLowerCase(Locale.ROOT));
      return null;
    }
    if (raw < MIN_CHAOS || raw > MAX_CHAOS) {
      int level = raw < MIN_CHAOS ? MIN_CHAOS : MAX_CHAOS;
      warnings.add("chaos_level " + raw + " is outside 1..10; the plan uses " + level);
      return level;
    }
    return raw.intValue();
  }

  Priority priority(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String priority = vocabulary.priorities().get(Folding.key(raw));
    if (priority == null) {
      warnings.add(
          "priority '" + raw + "' is not one of low, normal, high, critical; the plan uses normal");
      return Priority.NORMAL;
    }
    return Priority.valueOf(priority.toUpperCase(Locale.ROOT));
  }

  /**
   * The given language as an ISO 639 code, or else one detected from the words: Turkish letters
   * mean Turkish, since the prototypes were written in Turkish and English only.
   */
  String language(String raw, String sample) {
    if (raw != null && !raw.isBlank()) {
      String named = vocabulary.languages().get(Folding.key(raw));
      if (named != null) {
        return named;
      }
      String primary = raw.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
      if (LANGUAGE.matcher(primary).matches()) {
        return primary;
      }
      warnings.add(
          "language '" + raw + "' is not a language code; the plan's language is detected");
    }
    return Folding.hasTurkishLetters(sample) ? "tr" : "en";
  }

  List<String> tags(List<String> raw) {
    var tags = new LinkedHashSet<String>();
    raw.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
    if (tags.size() > MAX_TAGS) {
      warnings.add("the legacy plan has " + tags.size() + " tags; the plan keeps the first 50");
      return new ArrayList<>(tags).subList(0, MAX_TAGS);
    }
    return List.copyOf(tags);
  }

  /**
   * The legacy {@code created_at}; a time without a zone is taken as UTC, as the prototypes wrote
   * UTC. Without a usable value the plan was created now, by this import.
   */
  Instant createdAt(String raw, Instant now, Map<String, Object> details) {
    if (raw == null || raw.isBlank()) {
      return now;
    }
    String text = raw.strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      details.put("original_created_at", raw);
    }
    try {
      Instant at = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      warnings.add("created_at '" + raw + "' has no time zone; it is taken as UTC");
      return at;
    } catch (DateTimeParseException notLocal) {
      // Tried next as a date alone.
    }
    try {
      Instant at = LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      warnings.add("created_at '" + raw + "' is a date only; it is taken as midnight UTC");
      return at;
    } catch (DateTimeParseException notDate) {
      warnings.add(
          "created_at '" + raw + "' is not a date and time; the plan uses the import time");
      return now;
    }
  }
}
