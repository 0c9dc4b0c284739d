package dev.altlas.tasks.builtin.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The readable text of an HTML page: scripts, styles and comments dropped, tags removed, block
 * elements turned into line breaks, entities decoded, whitespace tidied. A single forward scan, so
 * its time grows linearly with the page, whatever the markup.
 */
public final class HtmlText {
  /**
   * Elements whose content is not text a reader sees. Not {@code head}: its end tag is optional,
   * and a page without one would lose all its text.
   */
  private static final Set<String> HIDDEN =
      Set.of("script", "style", "noscript", "template", "svg");

  /** Elements set apart by a blank line. */
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "dl",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "main",
          "form",
          "figure",
          "title",
          "hr",
          "address");

  /** Elements that start a new line. */
  private static final Set<String> LINES =
      Set.of("br", "li", "tr", "div", "dd", "dt", "figcaption");

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("copy", "©"),
          Map.entry("reg", "®"),
          Map.entry("mdash", "—"),
          Map.entry("ndash", "–"),
          Map.entry("hellip", "…"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"));

  private HtmlText() {}

  public static String toText(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    var out = new StringBuilder(html.length() / 2);
    int i = 0;
    while (i < html.length()) {
      int open = html.indexOf('<', i);
      int textEnd = open < 0 ? html.length() : open;
      decodeInto(html, i, textEnd, out);
      if (open < 0) {
        break;
      }
      i = skipMarkup(html, lower, open, out);
    }
    return tidy(out);
  }

  /** Skips the markup starting at {@code open}; returns where the text after it starts. */
  private static int skipMarkup(String html, String lower, int open, StringBuilder out) {
    if (lower.startsWith("<!--", open)) {
      int end = lower.indexOf("-->", open + 4);
      return end < 0 ? html.length() : end + 3;
    }
    int next = open + 1;
    boolean closing = next < html.length() && html.charAt(next) == '/';
    int nameStart = closing ? next + 1 : next;
    if (nameStart >= html.length() || !isTagStart(html.charAt(nameStart))) {
      // A lone '<' in text, as in "a < b".
      out.append('<');
      return next;
    }
    int close = html.indexOf('>', nameStart);
    if (close < 0) {
      return html.length();
    }
    String name = tagName(lower, nameStart, close);
    if (!closing && HIDDEN.contains(name) && html.charAt(close - 1) != '/') {
      int end = lower.indexOf("</" + name, close);
      int endClose = end < 0 ? -1 : html.indexOf('>', end);
      return endClose < 0 ? html.length() : endClose + 1;
    }
    if (PARAGRAPHS.contains(name)) {
      out.append("\n\n");
    } else if (LINES.contains(name) && !closing) {
      out.append(name.equals("li") ? "\n- " : "\n");
    } else if (name.equals("td") || name.equals("th")) {
      out.append(' ');
    }
    return close + 1;
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '!' || c == '?';
  }

  private static String tagName(String lower, int from, int to) {
    int end = from;
    while (end < to && Character.isLetterOrDigit(lower.charAt(end))) {
      end++;
    }
    return lower.substring(from, end);
  }

  private static void decodeInto(String html, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = html.charAt(i);
      int semicolon = c == '&' ? html.indexOf(';', i) : -1;
      if (semicolon > i && semicolon < to && semicolon - i <= 10) {
        String decoded = entity(html.substring(i + 1, semicolon));
        if (decoded != null) {
          out.append(decoded);
          i = semicolon + 1;
          continue;
        }
      }
      // Line breaks in the source are layout, not text; block elements make the lines.
      out.append(Character.isWhitespace(c) ? ' ' : c);
      i++;
    }
  }

  private static String entity(String name) {
    if (name.startsWith("#")) {
      try {
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? Character.toString(code) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ENTITIES.get(name);
  }

  /** Runs of spaces become one, lines are trimmed, and at most one blank line separates blocks. */
  private static String tidy(CharSequence raw) {
    var out = new StringBuilder(raw.length());
    int blankLines = 0;
    for (String line : raw.toString().split("\n", -1)) {
      String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (collapsed.isEmpty()) {
        blankLines++;
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blankLines > 0 ? "\n\n" : "\n");
      }
      out.append(collapsed);
      blankLines = 0;
    }
    return out.toString();
  }
}
