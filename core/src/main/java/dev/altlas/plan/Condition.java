package dev.altlas.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's {@code condition}: one operand (true when truthy) or two compared, e.g. {@code
 * ${tasks.list.output.count} > 0} or {@code ${inputs.mode} == 'full'}. Operands are references,
 * numbers, quoted strings, {@code true}, {@code false} or {@code null}.
 *
 * @param operator null when the condition is a single operand
 * @param right null when the condition is a single operand
 */
public record Condition(String left, String operator, String right) {
  private static final String OPERAND =
      "\\$\\{[^}]*}|-?[0-9]+(?:\\.[0-9]+)?|'[^']*'|\"[^\"]*\"|true|false|null";
  private static final Pattern FORM =
      Pattern.compile("\\s*(" + OPERAND + ")\\s*(?:(==|!=|>=|<=|>|<)\\s*(" + OPERAND + ")\\s*)?");

  /**
   * @throws IllegalArgumentException saying what form is expected
   */
  public static Condition parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "condition '"
              + text
              + "' is not of the form OPERAND or OPERAND OP OPERAND (OP one of == != > >= < <=;"
              + " operands are ${…} references, numbers, quoted strings, true, false, null)");
    }
    return new Condition(m.group(1), m.group(2), m.group(3));
  }

  /** The references among the operands. */
  public List<Reference> references() {
    var text = right == null ? left : left + " " + right;
    return Reference.findAll(text);
  }
}
