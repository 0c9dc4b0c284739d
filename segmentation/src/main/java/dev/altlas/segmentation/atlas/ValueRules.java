package dev.altlas.segmentation.atlas;

import dev.altlas.segmentation.CommandValue.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a command's value shows in a task parameter or a text, and how a new value takes its place.
 * The learner and the planner use the same rules, so that a slot is filled exactly where it was
 * found.
 *
 * <p>A value shows whole (the parameter, or an element of it, equals the value) or, for text values
 * such as paths and URLs, inside a longer string ("./docs" in "./docs/summary.md"). Numbers,
 * formats and languages show only whole: a "3" or "en" inside a sentence is too often something
 * else. Text inside {@code ${…}} references is never touched.
 */
final class ValueRules {
  /** Kinds whose values are distinctive enough to be found inside longer text. */
  private static final Set<Kind> TEXTUAL =
      Set.of(Kind.PATH, Kind.GLOB, Kind.URL, Kind.EMAIL, Kind.QUOTED, Kind.PROGRAM);

  /** Kinds whose values, when written as digits, are replaced in titles and explanations. */
  private static final Set<Kind> NUMERIC = Set.of(Kind.COUNT, Kind.SENTENCES, Kind.NUMBER);

  /** Shorter text values ("~", ".") would be found everywhere; "/a" is a path. */
  private static final int SHORTEST_INSIDE = 2;

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^}]*}");

  private ValueRules() {}

  static boolean isTextual(Kind kind) {
    return TEXTUAL.contains(kind);
  }

  /** Equal as JSON values: 3, 3L and 3.0 are the same number. */
  static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return decimal(x).compareTo(decimal(y)) == 0;
    }
    return a != null && a.equals(b);
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
  }

  /** Whether the parameter holds the value, whole or (for a text value) inside. */
  static boolean holds(Object param, Kind kind, Object value) {
    return holdsWhole(param, value)
        || (isTextual(kind) && value instanceof String text && containsText(param, text));
  }

  private static boolean holdsWhole(Object param, Object value) {
    if (param instanceof List<?> list) {
      return list.stream().anyMatch(e -> holdsWhole(e, value));
    }
    if (param instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(e -> holdsWhole(e, value));
    }
    return same(param, value);
  }

  private static boolean containsText(Object param, String text) {
    if (param instanceof List<?> list) {
      return list.stream().anyMatch(e -> containsText(e, text));
    }
    if (param instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(e -> containsText(e, text));
    }
    return param instanceof String s
        && s.contains(text)
        && !occurrences(s, List.of(new Swap(Kind.QUOTED, text, text, text))).isEmpty();
  }

  /** A parameter value with every swap applied: whole values replaced, text values inside too. */
  static Object replaced(Object param, List<Swap> swaps) {
    for (Swap s : swaps) {
      if (same(param, s.example())) {
        return asTypeOf(param, s.replacement());
      }
    }
    if (param instanceof List<?> list) {
      return list.stream().map(e -> replaced(e, swaps)).toList();
    }
    if (param instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), replaced(v, swaps)));
      return copy;
    }
    if (param instanceof String s) {
      return replacedText(s, swaps.stream().filter(w -> isTextual(w.kind())).toList());
    }
    return param;
  }

  /**
   * A number in the type the parameter had (a filter's 50 may be a decimal), so that a plan reused
   * with its own values is the plan the planner wrote.
   */
  private static Object asTypeOf(Object original, Object replacement) {
    if (!(original instanceof Number) || !(replacement instanceof Number n)) {
      return replacement;
    }
    BigDecimal d = decimal(n);
    if (original instanceof Integer) {
      return d.intValue();
    }
    if (original instanceof Long) {
      return d.longValue();
    }
    if (original instanceof Double) {
      return d.doubleValue();
    }
    if (original instanceof BigInteger) {
      return d.toBigInteger();
    }
    return original instanceof BigDecimal ? d : replacement;
  }

  /**
   * A title or explanation with the swaps applied: text values wherever they show, numbers where
   * written in digits ("Keep the first 3"), and the command's own words where quoted whole.
   *
   * @param quoted the learned command's words (a task's {@code source_text}) and the new command's
   *     words that replace them
   */
  static String replacedInProse(String text, List<Swap> swaps, Map<String, String> quoted) {
    if (text == null) {
      return null;
    }
    var all = new ArrayList<Swap>();
    quoted.forEach((from, to) -> all.add(new Swap(Kind.QUOTED, from, to, to)));
    swaps.stream().filter(s -> isTextual(s.kind()) || NUMERIC.contains(s.kind())).forEach(all::add);
    return replacedText(text, all);
  }

  private static String replacedText(String text, List<Swap> swaps) {
    List<Found> found = occurrences(text, swaps);
    if (found.isEmpty()) {
      return text;
    }
    var sb = new StringBuilder();
    int from = 0;
    for (Found f : found) {
      sb.append(text, from, f.start()).append(f.swap().replacement());
      from = f.end();
    }
    return sb.append(text.substring(from)).toString();
  }

  /**
   * Where the swaps' examples show in a text, in order and without overlaps (a longer example wins:
   * "./docs/a.md" before "./docs"), outside references, and not as part of a longer word or number.
   */
  private static List<Found> occurrences(String text, List<Swap> swaps) {
    var candidates = new ArrayList<Found>();
    List<int[]> references = null;
    for (Swap s : swaps) {
      String example = String.valueOf(s.example());
      if (example.isEmpty()
          || (s.example() instanceof String && example.length() < SHORTEST_INSIDE)
          || !text.contains(example)) {
        continue;
      }
      if (references == null) {
        references = spans(REFERENCE.matcher(text));
      }
      for (int at = text.indexOf(example); at >= 0; at = text.indexOf(example, at + 1)) {
        int end = at + example.length();
        if (bounded(text, at, end) && !inside(references, at, end)) {
          candidates.add(new Found(at, end, s));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Found f) -> f.end() - f.start())
            .reversed()
            .thenComparingInt(Found::start));
    var chosen = new ArrayList<Found>();
    for (Found f : candidates) {
      if (chosen.stream().noneMatch(c -> c.start() < f.end() && f.start() < c.end())) {
        chosen.add(f);
      }
    }
    chosen.sort(Comparator.comparingInt(Found::start));
    return chosen;
  }

  /** "./doc" does not show in "./docs", nor "3" in "13", "3.5" or "1.3". */
  private static boolean bounded(String text, int start, int end) {
    boolean left =
        !Character.isLetterOrDigit(text.charAt(start))
            || !(continues(text, start - 1)
                || (Character.isDigit(text.charAt(start)) && decimalMark(text, start - 1, -1)));
    boolean right =
        !Character.isLetterOrDigit(text.charAt(end - 1))
            || !(continues(text, end)
                || (Character.isDigit(text.charAt(end - 1)) && decimalMark(text, end, 1)));
    return left && right;
  }

  private static boolean continues(String text, int at) {
    return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
  }

  /** A decimal point or comma at {@code at} with a digit beyond it, in the given direction. */
  private static boolean decimalMark(String text, int at, int direction) {
    int beyond = at + direction;
    return at >= 0
        && beyond >= 0
        && beyond < text.length()
        && ".,".indexOf(text.charAt(at)) >= 0
        && Character.isDigit(text.charAt(beyond));
  }

  private static List<int[]> spans(Matcher m) {
    var spans = new ArrayList<int[]>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean inside(List<int[]> spans, int start, int end) {
    return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
  }

  private record Found(int start, int end, Swap swap) {}
}
