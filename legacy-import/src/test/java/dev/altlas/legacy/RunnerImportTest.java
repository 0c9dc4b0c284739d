package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.NOW;
import static dev.altlas.legacy.Imports.fixture;
import static dev.altlas.legacy.Imports.importValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Backoff;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.Priority;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskDefaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerImportTest {

  private static PlanTask task(Plan plan, String id) {
    return plan.task(id).orElseThrow();
  }

  private static RetryPolicy attempts(int n) {
    return new RetryPolicy(n, Backoff.EXPONENTIAL, Duration.ofSeconds(1), Duration.ofMinutes(1));
  }

  @Test
  void weatherPlanMapsByParametersAndWords() {
    Plan plan = importValid(fixture("runner-en-weather.json"));

    assertThat(plan.id()).isEqualTo("plan-2025-06-07-weather");
    assertThat(plan.createdAt()).isEqualTo(Instant.parse("2025-06-07T06:00:00Z"));
    assertThat(plan.command())
        .isEqualTo(
            "Daily weather report\n"
                + "Fetch the Istanbul forecast, summarize it, save it and tell the team");
    assertThat(plan.language()).isEqualTo("en");
    assertThat(plan.persona()).isEqualTo(Persona.DATA_ANALYST);
    assertThat(plan.priority()).isEqualTo(Priority.HIGH);
    assertThat(plan.tags()).containsExactly("weather", "daily", "report");
    // Every task had 30 s and two retries, so that is the plan default, not repeated per task.
    assertThat(plan.defaults()).isEqualTo(new TaskDefaults(Duration.ofSeconds(30), attempts(3)));
    assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.timeout()).isNull());
    assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.retry()).isNull());

    assertThat(plan.tasks())
        .extracting(PlanTask::id, PlanTask::type)
        .containsExactly(
            tuple("fetch_forecast", "http.request"),
            tuple("summarize_forecast", "ai.summarize"),
            tuple("save_report", "fs.write"),
            tuple("notify_team", "notify.webhook"));
    assertThat(task(plan, "fetch_forecast").params())
        .isEqualTo(
            Map.of(
                "url", "https://api.weather.example.com/v1/forecast?city=istanbul",
                "method", "GET",
                "headers", Map.of("Accept", "application/json")));
    assertThat(task(plan, "summarize_forecast").params())
        .isEqualTo(Map.of("text", "${tasks.fetch_forecast.output.body}", "max_sentences", 3L));
    // A path alone would be read, but "Save" and an upstream text make it a write.
    assertThat(task(plan, "save_report").params())
        .isEqualTo(
            Map.of(
                "path", "reports/weather.md",
                "content", "${tasks.summarize_forecast.output.summary}",
                "overwrite", true));
    assertThat(task(plan, "notify_team").dependsOn()).containsExactly("save_report");

    assertThat(plan.planner().warnings()).isEmpty();
    assertThat(plan.planner().details())
        .containsEntry("source_format", "runner-json")
        .containsEntry("original_id", "plan-2025-06-07-weather")
        .containsEntry("original_version", "0.3.1")
        .containsEntry("expected_completion_time", "2m")
        .containsEntry("owner", "ops");
  }

  @Test
  void turkishPlanWithNullDependencies() {
    Plan plan = importValid(fixture("runner-tr-null-deps.json"));

    assertThat(plan.language()).isEqualTo("tr");
    assertThat(plan.mode()).isEqualTo(Mode.EXPLORE);
    assertThat(plan.persona()).isEqualTo(Persona.RESEARCHER);
    assertThat(plan.priority()).isEqualTo(Priority.HIGH);
    assertThat(plan.tags()).containsExactly("rapor", "haftalık");
    assertThat(plan.createdAt()).isEqualTo(Instant.parse("2025-06-07T14:30:00.123456Z"));
    assertThat(plan.tasks())
        .extracting(PlanTask::id, PlanTask::type, PlanTask::dependsOn)
        .containsExactly(
            tuple("listele", "fs.list", List.of()),
            tuple("oku", "fs.read", List.of()),
            tuple("eposta", "notify.email", List.of("oku")),
            tuple("disk", "shell.exec", List.of()),
            tuple("temizle", TaskCatalog.UNSUPPORTED, List.of()));

    assertThat(task(plan, "listele").params())
        .isEqualTo(Map.of("path", "raporlar", "recursive", true));
    assertThat(task(plan, "eposta").params())
        .isEqualTo(
            Map.of(
                "to",
                List.of("ayse@example.com", "mehmet@example.com"),
                "subject",
                "Haftalık özet",
                "body",
                "${tasks.oku.output.content}",
                "cc",
                List.of("yonetim@example.com")));
    assertThat(task(plan, "disk").params())
        .isEqualTo(Map.of("command", "du", "args", List.of("-sh", "raporlar")));

    // Timeouts differ, so each task keeps its own; a missing retry_count takes the default.
    assertThat(plan.defaults()).isEqualTo(TaskDefaults.STANDARD);
    assertThat(plan.tasks())
        .extracting(PlanTask::timeout)
        .containsExactly(
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(2));
    assertThat(plan.tasks())
        .extracting(PlanTask::retry)
        .containsExactly(attempts(1), attempts(2), attempts(4), attempts(1), null);

    assertThat(plan.planner().warnings())
        .containsExactly(
            "created_at '2025-06-07T14:30:00.123456' has no time zone; it is taken as UTC",
            "legacy task 'temizle' runs 'rm -rf /tmp/raporlar-* && echo bitti', which needs a"
                + " shell; shell.exec runs one program with plain arguments; it is kept as"
                + " unsupported task 'temizle'");
    assertThat(task(plan, "temizle").params()).containsEntry("text", "Geçici dosyaları temizle");
  }

  @Test
  void invalidIdsAreRenamedConsistentlyAndUnknownHeaderValuesWarned() {
    Plan plan = importValid(fixture("runner-invalid-ids.json"));

    assertThat(plan.id()).matches("legacy-[0-9a-f]{16}");
    assertThat(plan.createdAt()).isEqualTo(NOW);
    assertThat(plan.mode()).isEqualTo(Mode.NORMAL);
    assertThat(plan.persona()).isEqualTo(Persona.TECHNICAL_EXPERT);
    assertThat(plan.chaosLevel()).isNull();
    assertThat(plan.priority()).isEqualTo(Priority.NORMAL);
    assertThat(plan.tags()).isEmpty();
    assertThat(plan.defaults()).isEqualTo(new TaskDefaults(Duration.ofMinutes(10), attempts(2)));

    assertThat(plan.tasks())
        .extracting(PlanTask::id, PlanTask::type, PlanTask::dependsOn)
        .containsExactly(
            tuple("task_1", TaskCatalog.UNSUPPORTED, List.of()),
            tuple("task_a", TaskCatalog.UNSUPPORTED, List.of("task_1")),
            tuple("task_a_2", "http.request", List.of("task_a")),
            tuple("task_2_adim", "notify.email", List.of("task_a_2")),
            tuple("task_a_3", TaskCatalog.UNSUPPORTED, List.of()));
    assertThat(task(plan, "task_a_2").params())
        .isEqualTo(
            Map.of(
                "url", "https://wiki.example.com/api/pages",
                "method", "PUT",
                "body", Map.of("title", "Monthly report")));
    assertThat(task(plan, "task_1").params())
        .isEqualTo(
            Map.of(
                "text",
                "Back up the production database",
                "reason",
                "legacy task '1' has parameters {database, bucket} that match no catalog task"
                    + " type"));

    assertThat(plan.planner().details())
        .containsEntry("original_id", "plan #7 (eski sürüm)")
        .containsEntry(
            "task_ids",
            Map.of(
                "1", "task_1", "Task A", "task_a", "task-a", "task_a_2", "2. adım", "task_2_adim"));
    assertThat(plan.planner().warnings())
        .contains(
            "the legacy id 'plan #7 (eski sürüm)' is not a valid plan id; the plan is '"
                + plan.id()
                + "'",
            "mode 'Turbo' is not one of normal, dream, explore, chaos; the plan uses normal",
            "persona 'wizard' is not known; the plan uses technical_expert",
            "chaos_level 4 was dropped: it applies only to mode chaos, and the plan's mode is"
                + " normal",
            "priority 'P1' is not one of low, normal, high, critical; the plan uses normal",
            "legacy id 'Task A' is used by more than one task; the later one is now 'task_a_3',"
                + " and dependencies on 'Task A' mean the first",
            "legacy task 'task-a' depends on 'missing-step', which is not in the plan; that"
                + " dependency was dropped",
            "legacy task '2. adım' depends on itself; that dependency was dropped",
            "legacy task 'Task A' has no parameters, and its text names no catalog task type it"
                + " could fill; it is kept as unsupported task 'task_a'");
  }

  @Test
  void anEmptyTitleFallsBackToTheStepsWords() {
    Plan plan =
        importValid(
            """
            {"id": "p1", "tasks": [
              {"id": "a", "description": "Fetch the page", "parameters": {"url": "https://example.com"}},
              {"id": "b", "description": "", "parameters": {}}
            ]}
            """);

    assertThat(plan.command()).isEqualTo("Fetch the page");
    assertThat(plan.tasks().get(1).type()).isEqualTo(TaskCatalog.UNSUPPORTED);
    assertThat(plan.tasks().get(1).params()).containsEntry("text", "legacy task 'b' (no text)");
    assertThat(plan.planner().warnings())
        .contains(
            "the legacy plan has no title or description; the command is made of its steps'"
                + " words");
  }
}
