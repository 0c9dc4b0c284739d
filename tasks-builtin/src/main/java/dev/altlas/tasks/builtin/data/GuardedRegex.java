package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression from a plan, bounded in length and in the time all its matches may take:
 * Java's engine backtracks, and a pattern such as {@code (a+)+$} can otherwise run for hours.
 */
final class GuardedRegex {
  static final int MAX_PATTERN_LENGTH = 1_000;
  static final Duration BUDGET = Duration.ofSeconds(2);

  private final Pattern pattern;
  private final long deadline;

  private GuardedRegex(Pattern pattern, long deadline) {
    this.pattern = pattern;
    this.deadline = deadline;
  }

  /** Compiles the pattern; the time budget starts now and covers every later {@link #find}. */
  static GuardedRegex compile(String regex) throws TaskFailure {
    if (regex.length() > MAX_PATTERN_LENGTH) {
      throw TaskFailure.badParam(
          "value", "is a pattern longer than " + MAX_PATTERN_LENGTH + " characters");
    }
    try {
      return new GuardedRegex(Pattern.compile(regex), System.nanoTime() + BUDGET.toNanos());
    } catch (PatternSyntaxException e) {
      throw TaskFailure.badParam("value", "is not a valid pattern: " + e.getDescription());
    }
  }

  /** Whether the pattern occurs in the text. */
  boolean find(String text) throws TaskFailure {
    try {
      return pattern.matcher(new Watched(text)).find();
    } catch (BudgetSpent e) {
      throw new TaskFailure(
          "data.regex_too_slow",
          "the pattern '" + pattern + "' took longer than " + BUDGET.toSeconds() + "s; simplify it",
          false);
    }
  }

  /** Text that stops the matcher, which reads it character by character, once time is up. */
  private final class Watched implements CharSequence {
    private final String text;
    private int reads;

    Watched(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      // nanoTime is cheap but not free; checking every 1024 reads is enough.
      if ((++reads & 1023) == 0 && System.nanoTime() > deadline) {
        throw new BudgetSpent();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }
}
