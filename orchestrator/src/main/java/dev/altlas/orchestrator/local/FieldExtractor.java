package dev.altlas.orchestrator.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, URLs, dates, phone numbers, numbers and keywords in Turkish and English
 * text. Values are returned as written, in order of appearance, without repeats. A span claimed by
 * one kind is not reused by a later one: the digits of a date are not also numbers.
 */
final class FieldExtractor {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MONTHS =
      "(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
          + "|january|february|march|april|may|june|july|august|september|october|november"
          + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

  private static final Pattern EMAIL =
      Pattern.compile(
          // Starting only where a run of such characters starts keeps long words linear.
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  private static final Pattern URL =
      Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
  private static final List<Pattern> DATES =
      List.of(
          // 2024-03-15, 2024-03-15T10:30:00Z
          Pattern.compile(
              "(?<![\\p{N}])\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                  + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\p{N}])"),
          // 15.03.2024, 15/03/2024, 03-15-24
          Pattern.compile("(?<![\\p{N}.,])\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?![\\p{N}])"),
          // 15 Mart 2024, 15 March, 1st of May 2024
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?"
                  + MONTHS
                  + "(?:\\s*,?\\s+\\d{4})?(?![\\p{L}\\p{N}])",
              FLAGS),
          // March 15, 2024; Mar 15 2024; March 2024; Mart 2024
          Pattern.compile(
              "(?<![\\p{L}])"
                  + MONTHS
                  + "\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?|\\d{4})"
                  + "(?![\\p{L}\\p{N}])",
              FLAGS));
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}"
              + "(?:[\\s.-]?\\d{2,4}){1,4}(?![\\p{L}\\p{N}])");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}])[-+]?\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");

  private final String text;
  private final Language language;
  private final List<Span> claimed = new ArrayList<>();
  private final Map<ExtractableField, List<String>> found = new EnumMap<>(ExtractableField.class);

  private record Span(int start, int end, String value) {
    boolean overlaps(Span other) {
      return start < other.end && other.start < end;
    }
  }

  /** Claims spans in a fixed order, whatever order the fields are asked in. */
  FieldExtractor(String text, Language language) {
    this.text = text;
    this.language = language;
    found.put(ExtractableField.EMAILS, values(claim(List.of(EMAIL))));
    found.put(ExtractableField.URLS, values(urls()));
    found.put(ExtractableField.DATES, values(claim(DATES)));
    found.put(ExtractableField.PHONES, values(phones()));
    found.put(ExtractableField.NUMBERS, values(claim(List.of(NUMBER))));
  }

  List<String> find(ExtractableField field) {
    return field == ExtractableField.KEYWORDS
        ? Keywords.of(unclaimed(), language)
        : found.get(field);
  }

  /** The text with addresses, dates and numbers cut out, so that they do not become keywords. */
  private String unclaimed() {
    var rest = new StringBuilder(text);
    for (Span span : claimed) {
      for (int i = span.start(); i < span.end(); i++) {
        rest.setCharAt(i, '\n');
      }
    }
    return rest.toString();
  }

  private static List<String> values(List<Span> spans) {
    var values = new LinkedHashSet<String>();
    spans.forEach(s -> values.add(s.value()));
    return List.copyOf(values);
  }

  /** Matches of all patterns, earliest first and the longest where they overlap. */
  private List<Span> claim(List<Pattern> patterns) {
    var candidates = new ArrayList<Span>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        candidates.add(new Span(m.start(), m.end(), m.group()));
      }
    }
    return claimSpans(candidates);
  }

  private List<Span> claimSpans(List<Span> candidates) {
    candidates.sort(Comparator.comparingInt(Span::start).thenComparing(s -> s.start() - s.end()));
    var taken = new ArrayList<Span>();
    for (Span span : candidates) {
      if (claimed.stream().noneMatch(span::overlaps)) {
        claimed.add(span);
        taken.add(span);
      }
    }
    return taken;
  }

  /** A sentence's full stop or a closing bracket is not part of the URL before it. */
  private List<Span> urls() {
    var candidates = new ArrayList<Span>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      while (!url.isEmpty() && ".,;:!?)]}>»”’".indexOf(url.charAt(url.length() - 1)) >= 0) {
        char last = url.charAt(url.length() - 1);
        if (last == ')'
            && url.chars().filter(c -> c == '(').count()
                >= url.chars().filter(c -> c == ')').count()) {
          break;
        }
        url = url.substring(0, url.length() - 1);
      }
      candidates.add(new Span(m.start(), m.start() + url.length(), url));
    }
    return claimSpans(candidates);
  }

  /**
   * Digit groups that look dialled rather than counted: 10 to 15 digits starting with {@code +},
   * {@code (} or {@code 0} (+90 532 123 45 67, 0212 555 12 34), or grouped with dashes or dots
   * (202-555-0143).
   */
  private List<Span> phones() {
    var candidates = new ArrayList<Span>();
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      String value = m.group();
      long digits = value.chars().filter(Character::isDigit).count();
      boolean dialled = value.startsWith("+") || value.startsWith("(") || value.startsWith("0");
      boolean grouped = value.matches("\\d{3}[-.]\\d{3}[-.]\\d{4}");
      if (digits >= 10 && digits <= 15 && (dialled || grouped)) {
        candidates.add(new Span(m.start(), m.end(), value));
      }
    }
    return claimSpans(candidates);
  }
}
