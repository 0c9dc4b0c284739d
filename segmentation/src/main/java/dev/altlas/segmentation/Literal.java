package dev.altlas.segmentation;

/**
 * A part of a command that is a value rather than words: it is never split, never read as a verb,
 * and keeps its case.
 *
 * @param value the value, e.g. the text inside quotes without the quotes
 * @param start index of the first character in the text it was found in
 * @param end index after the last character
 */
record Literal(Kind kind, String value, int start, int end) {

  enum Kind {
    URL,
    EMAIL,
    /** Text in backticks: a program to run. */
    PROGRAM,
    QUOTED,
    PATH,
    GLOB
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
