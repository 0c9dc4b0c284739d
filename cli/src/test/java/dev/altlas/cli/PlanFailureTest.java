package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.plan.PlanningException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees when planning goes wrong. */
class PlanFailureTest {
  @TempDir Path home;

  @Test
  void planningExceptionIsOneLineAndExitOne() {
    var cli =
        new Cli(home)
            .withPlanner(
                planner(
                    r -> {
                      throw new PlanningException("no verbs");
                    }));

    var result = cli.run("plan", "x");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("altlas plan: no verbs\n");
  }

  @Test
  void unexpectedErrorIsOneLineWithoutDebug() {
    var cli =
        new Cli(home)
            .withPlanner(
                planner(
                    r -> {
                      throw new IllegalStateException("boom\n in reader, line 3");
                    }));

    var result = cli.run("plan", "x");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("altlas plan: unexpected error: java.lang.IllegalStateException: boom …\n")
        .contains("--debug")
        .doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(2);
  }

  @Test
  void debugShowsTheStackTraceBeforeOrAfterTheCommandName() {
    var cli =
        new Cli(home)
            .withPlanner(
                planner(
                    r -> {
                      throw new IllegalStateException("boom");
                    }));

    assertThat(cli.run("--debug", "plan", "x").err()).contains("\tat ");
    assertThat(cli.run("plan", "--debug", "x").err()).contains("\tat ");
  }

  @Test
  void anInvalidPlanIsNeverPrinted() {
    Plan invalid =
        new Plan(
            1,
            "plan-invalid",
            Cli.NOW,
            "x",
            "en",
            null,
            null,
            null,
            0L,
            null,
            null,
            null,
            null,
            new PlannerInfo("broken", List.of(), null),
            List.of(
                PlanTask.of("list", "fs.list", "List", Map.of("path", "."), List.of("nowhere"))));
    var cli = new Cli(home).withPlanner(planner(r -> invalid));

    var result = cli.run("plan", "x");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("the broken planner produced an invalid .alt plan")
        .containsPattern("<plan>:\\d+:\\d+: tasks\\[0]\\.depends_on\\[0]: unknown task 'nowhere'");
  }

  private static Planner planner(Function<PlanRequest, Plan> plan) {
    return new Planner() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Plan plan(PlanRequest request) {
        return plan.apply(request);
      }
    };
  }
}
