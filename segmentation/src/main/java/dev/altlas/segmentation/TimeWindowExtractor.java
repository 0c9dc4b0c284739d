package dev.altlas.segmentation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far back to look, in archive.search's {@code since} form: "last 7 days" → 7d, "past week" →
 * 7d, "son 24 saat" → 24h, "since 2026-01-01" → 2026-01-01.
 */
final class TimeWindowExtractor {
  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final int DAYS_PER_WEEK = 7;
  private static final int DAYS_PER_MONTH = 30;
  private static final int DAYS_PER_YEAR = 365;

  private final Lexicon lexicon;

  TimeWindowExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  String extract(Clause clause) {
    Matcher date = DATE.matcher(clause.text());
    if (date.find()) {
      return date.group();
    }
    return numberAndUnit(clause.words())
        .or(() -> lexicon.finder.findFirst(clause.words(), lexicon.timeWords).map(Found::value))
        .orElse(null);
  }

  private Optional<String> numberAndUnit(List<Word> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      Integer n = lexicon.number(words.get(i).text());
      if (n == null || n < 1) {
        continue;
      }
      Optional<Found<String>> unit =
          lexicon.finder.findFirst(List.of(words.get(i + 1)), lexicon.timeUnits);
      if (unit.isPresent()) {
        return Optional.of(since(n, unit.get().value()));
      }
    }
    return Optional.empty();
  }

  private static String since(int n, String unit) {
    return switch (unit) {
      case "h" -> n + "h";
      case "w" -> n * DAYS_PER_WEEK + "d";
      case "m" -> n * DAYS_PER_MONTH + "d";
      case "y" -> n * DAYS_PER_YEAR + "d";
      default -> n + "d";
    };
  }
}
