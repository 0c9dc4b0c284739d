package dev.altlas.segmentation;

import java.util.Locale;

/**
 * A value of a command that changes from one command to the next, as the rule-based planner reads
 * it, and where it is written: "./docs" is a path, "three" the count 3, "text files" the glob
 * {@code *.txt}.
 *
 * @param value what the planner puts into task parameters: a {@code String}, or an {@code Integer}
 *     for counts, sentence limits and other numbers
 * @param start index of the first character in the command
 * @param end index after the last character in the command
 */
public record CommandValue(Kind kind, Object value, int start, int end) {

  /** What a value is; its lower-case name is the slot name in a command pattern. */
  public enum Kind {
    PATH,
    GLOB,
    URL,
    EMAIL,
    QUOTED,
    /** A program to run, written in backticks. */
    PROGRAM,
    COUNT,
    /** How many sentences a summary may have: "in 2 sentences". */
    SENTENCES,
    /** An output format: "as JSON". */
    FORMAT,
    /** The language text is wanted in: "into Turkish". */
    LANGUAGE,
    /** A number no other reading claims: "larger than 10 MB". */
    NUMBER;

    /** The slot name, e.g. {@code path}. */
    public String slotName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  CommandValue shifted(int offset) {
    return new CommandValue(kind, value, start + offset, end + offset);
  }
}
