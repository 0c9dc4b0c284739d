package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ModesTest {
  private static final String SUMMARIZE_AND_EMAIL =
      "Summarize the text files in ./docs and email the three most important to me@example.com";
  private static final Persona EXPERT = Persona.TECHNICAL_EXPERT;

  @Test
  void normalModeHasNoVariantsAndNoFaults() {
    Plan plan = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.NORMAL, EXPERT, null, 7);
    assertThat(plan.tasks())
        .allSatisfy(
            t -> {
              assertThat(t.metadata().variant()).isNull();
              assertThat(t.chaos()).isNull();
            });
  }

  @Test
  void exploreAddsAnAlternativeBranchBesideTheMainLine() {
    Plan normal = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.NORMAL, EXPERT, null, 7);
    Plan explore = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.EXPLORE, EXPERT, null, 7);

    Plans.assertValid(explore);
    List<PlanTask> mainLine = mainLine(explore);
    assertThat(mainLine).isEqualTo(normal.tasks());
    List<PlanTask> branch = variants(explore);
    assertThat(branch).isNotEmpty();
    assertThat(branch)
        .allSatisfy(
            t -> {
              assertThat(t.metadata().variant()).startsWith("alternative-");
              assertThat(sideEffect(t)).as("%s has a side effect", t.id()).isFalse();
            });
    assertThat(branch.stream().map(t -> t.metadata().variant())).contains("alternative-1");
    assertThat(explore.planner().details()).containsKey("explore_branches");
  }

  @Test
  void anExploreBranchChangesHowItRanksSortsOrSummarises() {
    Plan plan =
        Plans.plan(
            "Dosyaları sırala ve en büyük 10 tanesini göster", Mode.EXPLORE, EXPERT, null, 3);

    PlanTask alternative =
        variants(plan).stream().filter(t -> t.type().equals("data.sort")).findFirst().orElseThrow();
    assertThat(alternative.params().get("by")).isEqualTo("modified");
    assertThat(alternative.dependsOn()).containsExactly("list");
    assertThat(variants(plan).stream().map(PlanTask::type)).contains("data.top");
  }

  @Test
  void dreamAddsCreativeVariantsAtAHigherTemperature() {
    Plan plan =
        Plans.plan(
            "Write a short poem about autumn", Mode.DREAM, Persona.CREATIVE_WRITER, null, 11);

    Plans.assertValid(plan);
    PlanTask main = mainLine(plan).get(0);
    PlanTask dream = variants(plan).get(0);
    assertThat(dream.type()).isEqualTo("ai.generate");
    assertThat(dream.metadata().variant()).isEqualTo("dream-1");
    assertThat((Double) dream.params().get("temperature"))
        .isGreaterThan((Double) main.params().get("temperature"));
  }

  @Test
  void aSummaryDreamsAsARetellingOfTheSameText() {
    Plan plan = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.DREAM, EXPERT, null, 11);

    Plans.assertValid(plan);
    PlanTask summarize = Plans.task(plan, "ai.summarize");
    PlanTask dream = variants(plan).get(0);
    assertThat(dream.type()).isEqualTo("ai.generate");
    assertThat(dream.forEach()).isEqualTo(summarize.forEach());
    assertThat(String.valueOf(dream.params().get("prompt"))).contains("${item.content}");
    assertThat(dream.metadata().variant()).isEqualTo("dream-1");
  }

  @Test
  void chaosFaultsGrowWithTheLevel() {
    Plan mild = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 1, 5);
    Plan severe = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 10, 5);

    Plans.assertValid(mild);
    Plans.assertValid(severe);
    assertThat(faulted(mild)).hasSize(1);
    assertThat(faulted(severe)).hasSize(severe.tasks().size());
    assertThat(mild.chaosLevel()).isEqualTo(1);
  }

  @Test
  void belowLevelEightRetriesAbsorbTheFailures() {
    for (long seed = 0; seed < 50; seed++) {
      Plan plan = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 7, seed);
      for (PlanTask t : faulted(plan)) {
        int attempts = (t.retry() != null ? t.retry() : plan.defaults().retry()).maxAttempts();
        assertThat(t.chaos().failAttempts()).isLessThan(attempts);
      }
    }
  }

  @Test
  void chaosIsSeeded() {
    Plan a = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 6, 42);
    Plan b = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 6, 42);
    Plan c = Plans.plan(SUMMARIZE_AND_EMAIL, Mode.CHAOS, EXPERT, 6, 43);
    assertThat(a).isEqualTo(b);
    assertThat(faults(a)).isNotEqualTo(faults(c));
  }

  @Test
  void chaosReordersIndependentTasksButNeverBeforeTheirDependencies() {
    String command = "Download https://example.com/a.html, list ./docs and read ./notes.txt";
    Set<List<String>> orders = new HashSet<>();
    LongStream.range(0, 30)
        .forEach(
            seed -> {
              Plan plan = Plans.plan(command, Mode.CHAOS, EXPERT, 5, seed);
              Plans.assertValid(plan);
              orders.add(plan.tasks().stream().map(PlanTask::id).toList());
              Set<String> seen = new HashSet<>();
              for (PlanTask t : plan.tasks()) {
                assertThat(seen).containsAll(t.dependsOn());
                seen.add(t.id());
              }
            });
    assertThat(orders).hasSizeGreaterThan(1);
  }

  private static List<PlanTask> mainLine(Plan plan) {
    return plan.tasks().stream().filter(t -> t.metadata().variant() == null).toList();
  }

  private static List<PlanTask> variants(Plan plan) {
    return plan.tasks().stream().filter(t -> t.metadata().variant() != null).toList();
  }

  private static List<PlanTask> faulted(Plan plan) {
    return plan.tasks().stream().filter(t -> t.chaos() != null).toList();
  }

  private static List<String> faults(Plan plan) {
    return plan.tasks().stream().map(t -> t.id() + "=" + t.chaos()).sorted().toList();
  }

  private static boolean sideEffect(PlanTask task) {
    return TaskCatalog.builtin().find(task.type()).map(TaskType::sideEffect).orElse(true);
  }
}
