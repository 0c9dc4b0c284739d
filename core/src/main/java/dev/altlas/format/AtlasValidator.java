package dev.altlas.format;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.PlanTask;
import dev.altlas.model.TemplateSlot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of an {@code .atlas} file that a schema cannot say. */
public final class AtlasValidator {
  private final PlanValidator plans;

  public AtlasValidator(TaskCatalog catalog) {
    this.plans = new PlanValidator(catalog);
  }

  public List<Problem> validate(Atlas atlas) {
    var problems = new ArrayList<Problem>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < atlas.patterns().size(); i++) {
      CommandPattern p = atlas.patterns().get(i);
      String path = "patterns[" + i + "]";
      if (!ids.add(p.id())) {
        problems.add(Problem.at(path + ".id", "duplicate pattern id '" + p.id() + "'"));
      }
      Mode mode = p.template().mode() == null ? Mode.NORMAL : p.template().mode();
      problems.addAll(
          plans.validateTasks(p.template().tasks(), path + ".template.tasks", mode, Map.of()));
      checkSlots(p, path, problems);
    }
    return problems;
  }

  private static void checkSlots(CommandPattern p, String path, List<Problem> problems) {
    Set<String> taskIds = new HashSet<>();
    p.template().tasks().stream().map(PlanTask::id).forEach(taskIds::add);
    for (int k = 0; k < p.template().slots().size(); k++) {
      TemplateSlot slot = p.template().slots().get(k);
      if (!taskIds.contains(slot.taskId())) {
        problems.add(
            Problem.at(
                path + ".template.slots[" + k + "].task_id",
                "slot refers to task '" + slot.taskId() + "', which the template does not have"));
      }
    }
  }
}
