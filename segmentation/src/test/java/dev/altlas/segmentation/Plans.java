package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.plan.PlanRequest;
import java.time.Instant;
import java.util.List;

/** Planning commands in tests, and the checks every plan must pass. */
final class Plans {
  static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");
  static final RuleBasedPlanner PLANNER = new RuleBasedPlanner();

  private static final PlanValidator VALIDATOR = new PlanValidator(TaskCatalog.builtin());
  private static final DocumentWriter WRITER = new DocumentWriter();
  private static final DocumentReader READER = new DocumentReader(TaskCatalog.builtin());

  private Plans() {}

  static Plan plan(String command) {
    return PLANNER.plan(PlanRequest.of(command, 1L, NOW));
  }

  static Plan plan(String command, Mode mode, Persona persona, Integer chaosLevel, long seed) {
    return PLANNER.plan(new PlanRequest(command, null, mode, persona, chaosLevel, seed, NOW));
  }

  /** The plan passes the validator and reads back from its YAML and JSON unchanged. */
  static void assertValid(Plan plan) {
    assertValid(plan, Syntax.values());
  }

  /** The plan passes the validator and reads back unchanged in the given syntaxes. */
  static void assertValid(Plan plan, Syntax... syntaxes) {
    assertThat(VALIDATOR.validate(plan))
        .as("problems of the plan for '%s'", plan.command())
        .isEmpty();
    for (Syntax syntax : syntaxes) {
      String written = WRITER.write(plan, syntax);
      assertThat(WRITER.write(READER.readPlan(written), syntax))
          .as("%s of the plan read back", syntax)
          .isEqualTo(written);
    }
  }

  static List<String> types(Plan plan) {
    return plan.tasks().stream().map(PlanTask::type).toList();
  }

  /** The only task of a type. */
  static PlanTask task(Plan plan, String type) {
    List<PlanTask> tasks = plan.tasks().stream().filter(t -> t.type().equals(type)).toList();
    assertThat(tasks).as("tasks of type %s", type).hasSize(1);
    return tasks.get(0);
  }
}
