package dev.altlas.tasks.builtin.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading plain values as numbers and dates. Data often arrives as text (CSV, extracted values), so
 * a string that is a decimal number counts as a number and an ISO-8601 string as a date. Dates
 * without an offset are read as UTC.
 */
final class Scalars {
  /** Decimal numbers; the exponent is bounded so that no value makes arithmetic expensive. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d{1,4})?");

  private Scalars() {}

  static Optional<BigDecimal> number(Object value) {
    return switch (value) {
      case Integer i -> Optional.of(BigDecimal.valueOf(i));
      case Long l -> Optional.of(BigDecimal.valueOf(l));
      case Short s -> Optional.of(BigDecimal.valueOf(s));
      case Byte b -> Optional.of(BigDecimal.valueOf(b));
      case BigDecimal d -> Optional.of(d);
      case BigInteger i -> Optional.of(new BigDecimal(i));
      case Double d when Double.isFinite(d) -> Optional.of(BigDecimal.valueOf(d));
      case Float f when Float.isFinite(f) -> Optional.of(new BigDecimal(f.toString()));
      case String s when DECIMAL.matcher(s.strip()).matches() ->
          Optional.of(new BigDecimal(s.strip()));
      case null, default -> Optional.empty();
    };
  }

  static Optional<Instant> date(Object value) {
    if (!(value instanceof String s) || !looksLikeDate(s)) {
      return Optional.empty();
    }
    try {
      if (s.length() == 10) {
        return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return Optional.of(
          t instanceof ZonedDateTime z
              ? z.toInstant()
              : ((LocalDateTime) t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A cheap test that keeps the parser away from strings that cannot be dates. */
  private static boolean looksLikeDate(String s) {
    return s.length() >= 10
        && s.length() <= 64
        && Character.isDigit(s.charAt(0))
        && s.charAt(4) == '-'
        && s.charAt(7) == '-';
  }
}
