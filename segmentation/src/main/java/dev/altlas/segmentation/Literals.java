package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the literals of a text: URLs, e-mail addresses, quoted text, paths and globs. */
final class Literals {
  /** Starts a path or glob: the start of the text, a space, a quote, a bracket or a separator. */
  private static final String BOUNDARY = "(?<![^\\s\"'“(\\[,;:=])";

  private static final String PATH_CHAR = "[\\p{L}\\p{N}_.~*?{}\\[\\]+@%=/-]";
  private static final String EXTENSIONS =
      "txt|md|markdown|pdf|csv|tsv|json|ya?ml|log|html?|xml|docx?|xlsx?|pptx?|odt|rtf|py|java|js"
          + "|ts|sh|bash|ps1|bat|go|rs|rb|pl|zip|tar|gz|tgz|png|jpe?g|gif|webp|svg|mp3|mp4|wav"
          + "|ini|cfg|conf|toml|properties|sql|env|eml";

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>`’“”]+");
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  private static final Pattern PROGRAM = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern QUOTED =
      Pattern.compile(
          "\"([^\"\\n]+)\"|“([^”\\n]+)”|«([^»\\n]+)»|(?<![\\p{L}\\p{N}])'([^'\\s][^'\\n]*?)'");
  private static final Pattern PATH =
      Pattern.compile(
          BOUNDARY
              + "(?:(?:~|\\.{1,2})/"
              + PATH_CHAR
              + "*|/[\\p{L}\\p{N}_.~]"
              + PATH_CHAR
              + "*|~(?![\\p{L}\\p{N}/])|[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]*/"
              + PATH_CHAR
              + "*)");
  private static final Pattern FILE_NAME =
      Pattern.compile(
          BOUNDARY
              + "[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]*\\.(?i:"
              + EXTENSIONS
              + ")(?![\\p{L}\\p{N}])");
  private static final Pattern GLOB =
      Pattern.compile(BOUNDARY + "\\*{1,2}[\\p{L}\\p{N}_.*?{}\\[\\]/-]*");
  private static final Pattern WHOLE_PATH = Pattern.compile("(?:~|\\.{0,2}/|[\\w-]+/)\\S*");

  private Literals() {}

  /** The literals of a text, in order, without overlaps. */
  static List<Literal> find(String text) {
    var found = new ArrayList<Literal>();
    collect(text, URL, Literal.Kind.URL, found);
    collect(text, EMAIL, Literal.Kind.EMAIL, found);
    collect(text, PROGRAM, Literal.Kind.PROGRAM, found);
    collect(text, QUOTED, Literal.Kind.QUOTED, found);
    collect(text, PATH, Literal.Kind.PATH, found);
    collect(text, FILE_NAME, Literal.Kind.PATH, found);
    collect(text, GLOB, Literal.Kind.GLOB, found);
    found.sort(Comparator.comparingInt(Literal::start));
    return List.copyOf(found);
  }

  /** The text with its literals blanked out, so that their words are not read as words. */
  static String mask(String text, List<Literal> literals) {
    var sb = new StringBuilder(text);
    for (Literal l : literals) {
      for (int i = l.start(); i < l.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  private static void collect(
      String text, Pattern pattern, Literal.Kind kind, List<Literal> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String value = value(m, kind);
      int end = m.start() + trimmedLength(m, kind);
      if (value.isEmpty() || !accepts(kind, value)) {
        continue;
      }
      int start = m.start();
      if (found.stream().noneMatch(l -> l.overlaps(start, end))) {
        found.add(new Literal(refined(kind, value), value, start, end));
      }
    }
  }

  private static String value(Matcher m, Literal.Kind kind) {
    return switch (kind) {
      case PROGRAM -> m.group(1).trim();
      case QUOTED -> firstGroup(m).trim();
      default -> m.group().substring(0, trimmedLength(m, kind));
    };
  }

  /** Sentence punctuation after a URL or path belongs to the sentence: "see ./docs." */
  private static int trimmedLength(Matcher m, Literal.Kind kind) {
    String s = m.group();
    if (kind == Literal.Kind.PROGRAM || kind == Literal.Kind.QUOTED) {
      return s.length();
    }
    int len = s.length();
    while (len > 1 && ".,;:!?)]}".indexOf(s.charAt(len - 1)) >= 0 && !s.startsWith("..", len - 2)) {
      len--;
    }
    return len;
  }

  /**
   * A relative path without "./" must look like one ("docs/", "src/main/java", "docs/a.md"), so
   * that "and/or" and "bug/feature" stay words.
   */
  private static boolean accepts(Literal.Kind kind, String value) {
    if (kind != Literal.Kind.PATH
        || value.startsWith("/")
        || value.startsWith(".")
        || value.startsWith("~")
        || !value.contains("/")) {
      return true;
    }
    String last = value.substring(value.lastIndexOf('/') + 1);
    return value.endsWith("/")
        || value.chars().filter(c -> c == '/').count() > 1
        || last.contains(".");
  }

  /** Quoted text that is a path ("./out/report.md") is a path. */
  private static Literal.Kind refined(Literal.Kind kind, String value) {
    if (kind == Literal.Kind.QUOTED
        && !value.contains(" ")
        && (WHOLE_PATH.matcher(value).matches() || FILE_NAME.matcher(value).matches())) {
      return Literal.Kind.PATH;
    }
    return kind;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }
}
