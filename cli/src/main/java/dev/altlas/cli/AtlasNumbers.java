package dev.altlas.cli;

import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.LowSuccessAlert;
import dev.altlas.model.OutcomeStats;
import dev.altlas.model.PlanTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers of an atlas that are not finite once read: a value like {@code 1e39} is a valid
 * number in the file but infinite as the float an embedding holds, and an infinite or NaN value
 * cannot be written back to YAML or JSON that any reader takes. An atlas with one is refused at
 * import, naming where.
 */
final class AtlasNumbers {
  private AtlasNumbers() {}

  /** One line per number that is not finite: its path and what it became. */
  static List<String> notFinite(Atlas atlas) {
    var problems = new ArrayList<String>();
    for (int i = 0; i < atlas.patterns().size(); i++) {
      CommandPattern p = atlas.patterns().get(i);
      String at = "patterns[" + i + "]";
      check(at + ".success_rate", p.successRate(), problems);
      for (int k = 0; k < p.embedding().size(); k++) {
        check(at + ".embedding[" + k + "]", p.embedding().get(k), problems);
      }
      if (p.template() != null) {
        for (int t = 0; t < p.template().tasks().size(); t++) {
          PlanTask task = p.template().tasks().get(t);
          String taskAt = at + ".template.tasks[" + t + "]";
          value(taskAt + ".params", task.params(), problems);
          if (task.metadata() != null && task.metadata().confidence() != null) {
            check(taskAt + ".metadata.confidence", task.metadata().confidence(), problems);
          }
        }
      }
    }
    for (int i = 0; i < atlas.stats().size(); i++) {
      OutcomeStats s = atlas.stats().get(i);
      check("stats[" + i + "].success_rate", s.successRate(), problems);
    }
    for (int i = 0; i < atlas.alerts().size(); i++) {
      LowSuccessAlert a = atlas.alerts().get(i);
      check("alerts[" + i + "].success_rate", a.successRate(), problems);
      check("alerts[" + i + "].threshold", a.threshold(), problems);
    }
    return problems;
  }

  private static void value(String at, Object value, List<String> problems) {
    switch (value) {
      case Map<?, ?> map -> map.forEach((k, v) -> value(at + "." + k, v, problems));
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          value(at + "[" + i + "]", list.get(i), problems);
        }
      }
      case Number n -> check(at, n.doubleValue(), problems);
      case null, default -> {}
    }
  }

  private static void check(String at, double value, List<String> problems) {
    if (!Double.isFinite(value)) {
      problems.add(
          at + ": " + value + " is not a finite number (a value too large for its field?)");
    }
  }
}
