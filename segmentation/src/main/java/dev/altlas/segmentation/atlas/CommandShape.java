package dev.altlas.segmentation.atlas;

import dev.altlas.segmentation.CommandValue;
import dev.altlas.segmentation.Language;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A command read for reuse: its language and the values that change from one command to the next.
 * Its normalised form writes chosen values as their slot names ({@code {path}}, {@code {count}}),
 * lower-cases by the language's rules (Turkish İ/ı) and collapses white space, so that commands
 * that differ only in those values, in casing or in spacing read alike.
 *
 * @param values in text order, none overlapping
 */
record CommandShape(Language language, String command, List<CommandValue> values) {
  /** A full stop or an exclamation mark at the end does not change what was asked. */
  private static final String END_MARKS = ".!;";

  CommandShape {
    values = List.copyOf(values);
  }

  /** Every value written as its slot. */
  String normalized() {
    return normalized(i -> true);
  }

  /**
   * @param slotted which values (by index) are written as their slot; the others stay as written
   */
  String normalized(IntPredicate slotted) {
    var sb = new StringBuilder(command.length());
    int from = 0;
    for (int i = 0; i < values.size(); i++) {
      CommandValue v = values.get(i);
      sb.append(command, from, v.start());
      if (slotted.test(i)) {
        sb.append('{').append(v.kind().slotName()).append('}');
      } else {
        sb.append(command, v.start(), v.end());
      }
      from = v.end();
    }
    sb.append(command, from, command.length());
    return spacedAndTrimmed(language.lowercase(sb.toString()));
  }

  /** White space runs as one space, none at the ends, and no end marks. */
  private static String spacedAndTrimmed(String text) {
    var sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && !sb.isEmpty()) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    int end = sb.length();
    while (end > 0 && (END_MARKS.indexOf(sb.charAt(end - 1)) >= 0 || sb.charAt(end - 1) == ' ')) {
      end--;
    }
    return sb.substring(0, end);
  }
}
