package dev.altlas.engine;

import dev.altlas.plan.Condition;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Decides whether a task's {@code condition} holds. */
final class ConditionEvaluator {
  private ConditionEvaluator() {}

  static boolean holds(String conditionText, ReferenceResolver resolver) {
    Condition c = Condition.parse(conditionText);
    Object left = operand(c.left(), resolver);
    if (c.operator() == null) {
      return truthy(left);
    }
    Object right = operand(c.right(), resolver);
    return switch (c.operator()) {
      case "==" -> same(left, right);
      case "!=" -> !same(left, right);
      default -> compare(left, right, c.operator());
    };
  }

  private static Object operand(String text, ReferenceResolver resolver) {
    if (text.startsWith("${")) {
      return resolver.resolve(text);
    }
    if (text.startsWith("'") || text.startsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> new BigDecimal(text);
    };
  }

  private static boolean truthy(Object v) {
    return switch (v) {
      case null -> false;
      case Boolean b -> b;
      case Number n -> n.doubleValue() != 0;
      case String s -> !s.isEmpty() && !s.equalsIgnoreCase("false");
      case Collection<?> c -> !c.isEmpty();
      case Map<?, ?> m -> !m.isEmpty();
      default -> true;
    };
  }

  private static boolean same(Object a, Object b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(
        a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
  }

  private static boolean compare(Object a, Object b, String op) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    int cmp;
    if (x != null && y != null) {
      cmp = x.compareTo(y);
    } else if (a != null && b != null) {
      cmp = String.valueOf(a).compareTo(String.valueOf(b));
    } else {
      return false;
    }
    return switch (op) {
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "<" -> cmp < 0;
      default -> cmp <= 0;
    };
  }

  private static BigDecimal number(Object v) {
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
