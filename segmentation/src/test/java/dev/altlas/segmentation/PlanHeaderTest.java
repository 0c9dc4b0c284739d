package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.Priority;
import dev.altlas.model.TaskDefaults;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's header: identity, time, language, priority, defaults, planner facts. */
class PlanHeaderTest {

  @Test
  void headerComesFromTheRequest() {
    Plan plan = Plans.plan("list ./docs", Mode.EXPLORE, Persona.RESEARCHER, null, 99);
    assertThat(plan.formatVersion()).isEqualTo(Plan.FORMAT_VERSION);
    assertThat(plan.createdAt()).isEqualTo(Plans.NOW);
    assertThat(plan.command()).isEqualTo("list ./docs");
    assertThat(plan.mode()).isEqualTo(Mode.EXPLORE);
    assertThat(plan.persona()).isEqualTo(Persona.RESEARCHER);
    assertThat(plan.seed()).isEqualTo(99L);
    assertThat(plan.chaosLevel()).isNull();
    assertThat(plan.defaults()).isEqualTo(TaskDefaults.STANDARD);
    assertThat(plan.planner().name()).isEqualTo("rules");
    assertThat(Plans.PLANNER.name()).isEqualTo("rules");
    assertThat(plan.tags()).containsExactly("fs");
  }

  @Test
  void theIdIsDerivedFromCommandModePersonaAndSeed() {
    Plan plan = Plans.plan("list ./docs", Mode.NORMAL, Persona.EDUCATOR, null, 1);
    assertThat(plan.id()).matches("plan-[0-9a-f]{12}");
    assertThat(Plans.plan("list ./docs", Mode.NORMAL, Persona.EDUCATOR, null, 1).id())
        .isEqualTo(plan.id());
    assertThat(Plans.plan("list ./docs", Mode.NORMAL, Persona.EDUCATOR, null, 2).id())
        .isNotEqualTo(plan.id());
    assertThat(Plans.plan("list ./src", Mode.NORMAL, Persona.EDUCATOR, null, 1).id())
        .isNotEqualTo(plan.id());
    assertThat(Plans.plan("list ./docs", Mode.DREAM, Persona.EDUCATOR, null, 1).id())
        .isNotEqualTo(plan.id());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "list ./docs | NORMAL",
        "Urgent: list ./docs | HIGH",
        "list ./docs asap | HIGH",
        "This is critical, list ./docs | CRITICAL",
        "no rush, list ./docs when you can | LOW",
        "acil: ./docs klasörünü listele | HIGH",
        "kritik: ./docs klasörünü listele | CRITICAL",
        "acelesi yok, ./docs klasörünü listele | LOW"
      })
  void priorityFromTheCommand(String command, Priority priority) {
    assertThat(Plans.plan(command).priority()).isEqualTo(priority);
  }

  @Test
  void aRequestedLanguageWins() {
    Plan plan =
        Plans.PLANNER.plan(
            new PlanRequest("list ./docs", "tr", Mode.NORMAL, null, null, 1, Plans.NOW));
    assertThat(plan.language()).isEqualTo("tr");
    assertThat(plan.planner().details()).containsEntry("language_source", "requested");
  }

  @Test
  void aLanguageItCannotReadIsRefused() {
    assertThatThrownBy(
            () ->
                Plans.PLANNER.plan(
                    new PlanRequest("liste ./docs", "de", Mode.NORMAL, null, null, 1, Plans.NOW)))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("de");
  }

  @Test
  void commandsWithoutWordsOrTooLongAreRefused() {
    assertThatThrownBy(() -> Plans.plan("!!! ???")).isInstanceOf(PlanningException.class);
    assertThatThrownBy(() -> Plans.plan("list ./docs ".repeat(500)))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("characters");
  }

  @Test
  void aCommandNothingFitsGivesOnlyUnsupportedTasks() {
    Plan plan = Plans.plan("Book a flight to Istanbul and order pizza");
    Plans.assertValid(plan);
    assertThat(plan.tasks())
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.type()).isEqualTo("unsupported");
              assertThat(t.metadata().confidence()).isZero();
              assertThat(t.params()).containsKeys("text", "reason");
            });
    assertThat(plan.planner().warnings()).hasSameSizeAs(plan.tasks());
    Plan onlyConnectives = Plans.plan("and then");
    Plans.assertValid(onlyConnectives);
    assertThat(Plans.types(onlyConnectives)).containsExactly("unsupported");
  }

  @Test
  void referencesTypedIntoACommandStayText() {
    Plan plan = Plans.plan("Translate '${tasks.secret.output}' into Turkish");
    Plans.assertValid(plan);
    assertThat(String.valueOf(Plans.task(plan, "ai.translate").params().get("text")))
        .doesNotContain("${");
  }
}
