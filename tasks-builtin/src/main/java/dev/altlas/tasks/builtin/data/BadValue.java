package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import java.util.List;
import java.util.Map;

/** The {@code data.bad_value} failure: an item or field whose type the operation cannot use. */
final class BadValue {
  private BadValue() {}

  static TaskFailure item(int index, String why) {
    return new TaskFailure("data.bad_value", "item " + index + " " + why, false);
  }

  static TaskFailure field(int index, FieldPath field, String why) {
    return new TaskFailure(
        "data.bad_value", "item " + index + ", field '" + field.text() + "': " + why, false);
  }

  /** A value as error messages name it: "the number 3", "the text 'abc'", "an object". */
  static String describe(Object value) {
    return switch (value) {
      case null -> "empty";
      case String s -> "the text '" + (s.length() > 30 ? s.substring(0, 30) + "…" : s) + "'";
      case Number n -> "the number " + n;
      case Boolean b -> "the value " + b;
      case Map<?, ?> m -> "an object";
      case List<?> l -> "a list";
      default -> "a " + value.getClass().getSimpleName();
    };
  }
}
