package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  static final String TURKISH = "Dosyaları sırala ve en büyük 10 tanesini göster";
  static final String ENGLISH =
      "Summarize the text files in ./docs and email the three most important to me@example.com";

  @TempDir Path home;

  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());

  @Test
  void turkishCommandPrintsAJsonPlanThatListsSortsBySizeAndKeepsTen() {
    var result = new Cli(home).run("plan", "--format", "json", TURKISH);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("{");
    Plan plan = reader.readPlan(result.out());
    assertThat(plan.command()).isEqualTo(TURKISH);
    assertThat(plan.language()).isEqualTo("tr");
    assertThat(plan.tasks())
        .extracting(PlanTask::type)
        .contains("fs.list", "data.sort", "data.top");
    PlanTask sort = only(plan, "data.sort");
    assertThat(sort.params()).containsEntry("by", "size").containsEntry("order", "desc");
    PlanTask top = only(plan, "data.top");
    assertThat(((Number) top.params().get("count")).intValue()).isEqualTo(10);
  }

  @Test
  void englishCommandPrintsAYamlPlanThatSummarizesAndEmails() {
    var result = new Cli(home).run("plan", ENGLISH);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("format_version: 1");
    Plan plan = reader.readPlan(result.out());
    assertThat(plan.language()).isEqualTo("en");
    assertThat(plan.mode()).isEqualTo(Mode.NORMAL);
    assertThat(plan.persona()).isEqualTo(Persona.TECHNICAL_EXPERT);
    assertThat(plan.seed()).isZero();
    assertThat(plan.tasks())
        .extracting(PlanTask::type)
        .contains("fs.list", "ai.summarize", "notify.email");
    assertThat(only(plan, "notify.email").params().get("to").toString()).contains("me@example.com");
  }

  @Test
  void samePlanEveryTimeAndCreatedAtIsTheClockCutToSeconds() {
    var first = new Cli(home).run("plan", ENGLISH);
    var second = new Cli(home).run("plan", ENGLISH);

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(reader.readPlan(first.out()).createdAt())
        .isEqualTo(Instant.parse("2026-05-04T10:15:30Z"));
  }

  @Test
  void wordsWithoutQuotesAreOneCommand() {
    var result = new Cli(home).run("plan", "list", "the", "files", "in", "./docs");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(reader.readPlan(result.out()).command()).isEqualTo("list the files in ./docs");
  }

  @Test
  void modePersonaChaosLevelSeedAndLanguageReachThePlan() {
    var result =
        new Cli(home)
            .run(
                "plan",
                "--mode",
                "chaos",
                "--chaos-level",
                "3",
                "--persona",
                "Data-Analyst",
                "--seed",
                "42",
                "--language",
                "EN",
                "list the files in ./docs");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Plan plan = reader.readPlan(result.out());
    assertThat(plan.mode()).isEqualTo(Mode.CHAOS);
    assertThat(plan.chaosLevel()).isEqualTo(3);
    assertThat(plan.persona()).isEqualTo(Persona.DATA_ANALYST);
    assertThat(plan.seed()).isEqualTo(42L);
    assertThat(plan.language()).isEqualTo("en");
  }

  @Test
  void unknownModeIsAUsageErrorThatListsTheModes() {
    var result = new Cli(home).run("plan", "--mode", "nonsense", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("'nonsense' is not a mode")
        .contains("normal, dream, explore, chaos")
        .contains("altlas plan --help")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownPersonaListsThePersonas() {
    var result = new Cli(home).run("plan", "--persona", "poet", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("technical_expert").contains("creative_writer");
  }

  @Test
  void chaosLevelWithoutChaosModeIsAUsageError() {
    var result = new Cli(home).run("plan", "--chaos-level", "3", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--chaos-level is only allowed with --mode chaos");
  }

  @Test
  void chaosLevelOutOfRangeIsAUsageError() {
    var result = new Cli(home).run("plan", "--mode", "chaos", "--chaos-level", "11", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("1 to 10");
  }

  @Test
  void missingOrBlankCommandIsAUsageError() {
    var cli = new Cli(home);

    assertThat(cli.run("plan").exitCode()).isEqualTo(2);
    var blank = cli.run("plan", "   ");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("the command is empty");
  }

  @Test
  void unknownFormatIsAUsageError() {
    var result = new Cli(home).run("plan", "--format", "xml", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("yaml, json");
  }

  private static PlanTask only(Plan plan, String type) {
    List<PlanTask> tasks = plan.tasks().stream().filter(t -> t.type().equals(type)).toList();
    assertThat(tasks).as("tasks of type " + type).hasSize(1);
    return tasks.get(0);
  }
}
