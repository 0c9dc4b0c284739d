package dev.altlas.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * What the process's terminal can show, and the one place that keeps text from controlling it.
 *
 * <p>Commands, task titles, outputs and error messages come from people, plans and other
 * installations, and a terminal obeys the control characters in them: ESC starts sequences that
 * move the cursor, rewrite the window title, write to the clipboard or hide what follows; BEL, CR
 * and NUL have effects of their own. So every subcommand writes text through {@link #sanitizing},
 * which shows each control character other than newline and tab as an escape: {@code \x1b} for ESC,
 * a backslash, {@code u} and four hex digits for a C1 control. JSON goes out as JSON instead
 * ({@link #json}), exact for programs.
 */
final class Terminal {
  private Terminal() {}

  /** Whether stdout is a terminal that shows ANSI styles (not a file or pipe, not NO_COLOR). */
  static boolean stylesOutput() {
    // On Java 21 there is a console only when both stdin and stdout are a terminal.
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  /** The text with every control character but newline and tab (and CR before LF) made visible. */
  static String safe(String text) {
    if (text == null) {
      return "null";
    }
    int first = firstUnsafe(text, 0, text.length());
    if (first < 0) {
      return text;
    }
    var sb = new StringBuilder(text.length() + 8).append(text, 0, first);
    appendSafe(sb, text, first, text.length());
    return sb.toString();
  }

  /**
   * JSON text for a terminal: Jackson escapes the C0 controls already; DEL and the C1 controls,
   * which JSON allows raw and some terminals obey, become JSON's backslash-u escapes. They can only
   * occur inside strings, so the document means exactly what it meant.
   */
  static String json(String text) {
    var sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x7f && c <= 0x9f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A writer onto {@code out} that passes text through {@link #safe}. */
  static PrintWriter sanitizing(PrintWriter out) {
    return new PrintWriter(new Sanitizing(out), true);
  }

  private static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
  }

  /** The index of the first character to escape in {@code text[from, to)}, or -1. */
  private static int firstUnsafe(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (unsafe(text.charAt(i)) && !lineEnd(text, i, to)) {
        return i;
      }
    }
    return -1;
  }

  /** CR LF, the line separator on Windows. */
  private static boolean lineEnd(CharSequence text, int i, int to) {
    return text.charAt(i) == '\r' && i + 1 < to && text.charAt(i + 1) == '\n';
  }

  private static void appendSafe(StringBuilder sb, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!unsafe(c) || lineEnd(text, i, to)) {
        sb.append(c);
      } else if (c < 0x80) {
        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
  }

  /** Escapes control characters on their way to the terminal. */
  private static final class Sanitizing extends FilterWriter {
    Sanitizing(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      write(java.nio.CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      write(text.subSequence(offset, offset + length));
    }

    private void write(CharSequence text) throws IOException {
      if (firstUnsafe(text, 0, text.length()) < 0) {
        out.append(text);
        return;
      }
      var sb = new StringBuilder(text.length() + 8);
      appendSafe(sb, text, 0, text.length());
      out.append(sb);
    }
  }
}
