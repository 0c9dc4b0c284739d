package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonaTest {
  private static final String LIST_AND_TOP = "List the 10 largest files in ./docs";
  private static final String POEM = "Write a short poem about autumn";

  @Test
  void personasShapeTitles() {
    Map<Persona, String> titles = new EnumMap<>(Persona.class);
    for (Persona p : Persona.values()) {
      titles.put(p, plan(LIST_AND_TOP, p).tasks().get(0).title());
    }
    assertThat(titles.get(Persona.TECHNICAL_EXPERT)).endsWith("(fs.list)");
    assertThat(titles.get(Persona.CREATIVE_WRITER)).startsWith("Gather the files");
    assertThat(titles.get(Persona.RESEARCHER)).contains("source: ./docs");
    assertThat(titles.get(Persona.PROJECT_MANAGER)).startsWith("Step 1:");
    assertThat(titles.get(Persona.EDUCATOR)).contains("so that");
    assertThat(titles.values()).doesNotHaveDuplicates();
    PlanTask top = Plans.task(plan(LIST_AND_TOP, Persona.DATA_ANALYST), "data.top");
    assertThat(top.title()).startsWith("10 · ");
  }

  @Test
  void personasShapeTheInstructionsOfAiSteps() {
    assertThat(system(Persona.TECHNICAL_EXPERT)).contains("terse", "precise");
    assertThat(system(Persona.CREATIVE_WRITER)).contains("vividly");
    assertThat(system(Persona.RESEARCHER)).contains("cite", "sources");
    assertThat(system(Persona.PROJECT_MANAGER)).contains("action items");
    assertThat(system(Persona.DATA_ANALYST)).contains("numbers");
    assertThat(system(Persona.EDUCATOR)).contains("Explain");
    assertThat(temperature(Persona.CREATIVE_WRITER))
        .isGreaterThan(temperature(Persona.TECHNICAL_EXPERT));
  }

  @Test
  void personasShapeDefaults() {
    assertThat(plan("Summarize ./notes.txt", Persona.EDUCATOR).tasks().get(1).params())
        .containsEntry("max_sentences", 5);
    assertThat(plan("Summarize ./notes.txt", Persona.TECHNICAL_EXPERT).tasks().get(1).params())
        .containsEntry("max_sentences", 3);
    assertThat(
            plan("Summarize ./notes.txt in 2 sentences", Persona.EDUCATOR).tasks().get(1).params())
        .containsEntry("max_sentences", 2);
  }

  @Test
  void turkishPlansSpeakTurkishInEveryVoice() {
    for (Persona p : Persona.values()) {
      Plan plan = plan("Sonbahar hakkında kısa bir şiir yaz", p);
      Plans.assertValid(plan);
      assertThat(plan.tasks().get(0).metadata().rationale()).contains("görevine");
    }
    assertThat(
            plan("Sonbahar hakkında kısa bir şiir yaz", Persona.PROJECT_MANAGER)
                .tasks()
                .get(0)
                .title())
        .startsWith("Adım 1:");
  }

  private static String system(Persona persona) {
    return String.valueOf(plan(POEM, persona).tasks().get(0).params().get("system"));
  }

  private static double temperature(Persona persona) {
    return (Double) plan(POEM, persona).tasks().get(0).params().get("temperature");
  }

  private static Plan plan(String command, Persona persona) {
    return Plans.plan(command, Mode.NORMAL, persona, null, 1);
  }
}
