package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.NOW;
import static dev.altlas.legacy.Imports.fixture;
import static dev.altlas.legacy.Imports.importValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanInput;
import dev.altlas.model.PlanTask;
import dev.altlas.model.TaskDefaults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationImportTest {

  private static PlanTask task(Plan plan, String id) {
    return plan.task(id).orElseThrow();
  }

  @Test
  void turkishFilePlanMapsEveryStepAndFeedsTextDownstream() {
    Plan plan = importValid(fixture("segmentation-tr-files.yaml"));

    assertThat(plan.id()).matches("legacy-[0-9a-f]{16}");
    assertThat(plan.createdAt()).isEqualTo(NOW);
    assertThat(plan.command()).startsWith("docs klasöründeki Markdown dosyalarını listele");
    assertThat(plan.language()).isEqualTo("tr");
    assertThat(plan.mode()).isEqualTo(Mode.NORMAL);
    assertThat(plan.persona()).isEqualTo(Persona.RESEARCHER);
    assertThat(plan.chaosLevel()).isNull();
    assertThat(plan.defaults()).isEqualTo(TaskDefaults.STANDARD);

    assertThat(plan.tasks())
        .extracting(PlanTask::id, PlanTask::type)
        .containsExactly(
            tuple("seg_1", "fs.list"),
            tuple("seg_2", "fs.read"),
            tuple("seg_3", "ai.summarize"),
            tuple("seg_4", "notify.email"));
    // "docs/*.md" is a directory and a pattern; the operation parameter is used up.
    assertThat(task(plan, "seg_1").params()).isEqualTo(Map.of("path", "docs", "glob", "*.md"));
    assertThat(task(plan, "seg_2").params()).isEqualTo(Map.of("path", "docs/README.md"));
    assertThat(task(plan, "seg_3").params())
        .isEqualTo(Map.of("text", "${tasks.seg_2.output.content}", "max_sentences", 5L));
    assertThat(task(plan, "seg_3").dependsOn()).containsExactly("seg_2");
    assertThat(task(plan, "seg_4").params())
        .isEqualTo(
            Map.of(
                "to", List.of("ali@example.com"),
                "subject", "README özeti",
                "body", "${tasks.seg_3.output.summary}"));
    assertThat(task(plan, "seg_4").metadata().confidence()).isEqualTo(0.95);

    assertThat(plan.planner().name()).isEqualTo("legacy-import");
    assertThat(plan.planner().warnings())
        .containsExactly(
            "chaos_level 3 was dropped: it applies only to mode chaos, and the plan's mode is"
                + " normal");
    assertThat(plan.planner().details())
        .containsEntry("source_format", "segmentation-yaml")
        .containsEntry("original_version", "1.0")
        .doesNotContainKey("original_id");
    assertThat(plan.planner().details().get("segment_metadata"))
        .isEqualTo(
            Map.of(
                "seg_1", Map.of("confidence", 0.92, "matched_by", "verb_rule"),
                "seg_2", Map.of("confidence", 0.88)));
  }

  @Test
  void chaosPlanKeepsItsLevelAndTurnsPlaceholdersIntoInputs() {
    Plan plan = importValid(fixture("segmentation-en-chaos.yaml"));

    assertThat(plan.mode()).isEqualTo(Mode.CHAOS);
    assertThat(plan.chaosLevel()).isEqualTo(7);
    assertThat(plan.persona()).isEqualTo(Persona.TECHNICAL_EXPERT);
    assertThat(plan.language()).isEqualTo("en");
    assertThat(plan.tasks())
        .extracting(PlanTask::type)
        .containsExactly(
            "http.request", "ai.generate", "ai.generate", "notify.webhook", "shell.exec");

    assertThat(task(plan, "fetch_issues").params())
        .isEqualTo(
            Map.of(
                "url", "https://tracker.example.com/api/issues?state=open",
                "method", "GET",
                "headers",
                    Map.of(
                        "Accept", "application/json",
                        "Authorization", "Bearer ${inputs.tracker_token}")));
    assertThat(plan.inputs())
        .containsExactly(
            Map.entry(
                "tracker_token",
                new PlanInput(
                    "string",
                    "Replaces the legacy placeholder ${TRACKER_TOKEN}, which the prototype filled"
                        + " from its environment",
                    true,
                    null)));
    // Analysis and generation were model prompts in the prototype; they see the upstream text.
    assertThat(task(plan, "analyse").params().get("prompt"))
        .isEqualTo("Analyse which issues block the release\n\n${tasks.fetch_issues.output.body}");
    assertThat(task(plan, "notes").params())
        .containsEntry("max_tokens", 800L)
        .containsEntry(
            "prompt",
            "Write release notes for version 2.4 from the analysis\n\n"
                + "${tasks.analyse.output.text}");
    assertThat(task(plan, "post").params())
        .isEqualTo(
            Map.of(
                "url", "https://hooks.example.com/team-release",
                "payload", "${tasks.notes.output.text}"));
    assertThat(task(plan, "tests").params())
        .isEqualTo(Map.of("command", "mvn", "args", List.of("-q", "verify"), "working_dir", "."));

    assertThat(plan.planner().warnings())
        .containsExactly(
            "legacy task 'fetch_issues': parameters {timeout} have no counterpart in http.request"
                + " and were left out",
            "the legacy placeholder ${TRACKER_TOKEN} is now the plan input"
                + " ${inputs.tracker_token}, which a run must supply");
  }

  @Test
  void stepsTheCatalogCannotDoBecomeUnsupportedWithTheirReasons() {
    Plan plan = importValid(fixture("segmentation-unmappable.yaml"));

    assertThat(plan.mode()).isEqualTo(Mode.DREAM);
    assertThat(plan.persona()).isEqualTo(Persona.CREATIVE_WRITER);
    assertThat(plan.tasks()).extracting(PlanTask::type).containsOnly(TaskCatalog.UNSUPPORTED);
    assertThat(task(plan, "ara").params())
        .isEqualTo(
            Map.of(
                "text",
                "Rakip firmaları internette ara",
                "reason",
                "legacy task 'ara' has task_type 'search': the prototype's search segments"
                    + " searched the web, which no catalog task type does"));
    assertThat(task(plan, "sil").params().get("reason"))
        .isEqualTo(
            "legacy task 'sil' asks for file operation 'delete': deleting files has no catalog"
                + " task type");
    assertThat(task(plan, "isle").params().get("reason"))
        .isEqualTo(
            "legacy task 'isle' fits more than one task type (fs.list, fs.read) and nothing in"
                + " it says which");
    assertThat(task(plan, "kuantum").params().get("reason"))
        .isEqualTo(
            "legacy task 'kuantum' has parameters {foo, bar} that match no catalog task type"
                + " (task_type 'quantum_magic' is not one the importer knows)");
    // The graph stays as it was, less the edge to a step that does not exist.
    assertThat(task(plan, "logo").dependsOn()).containsExactly("ara");
    assertThat(task(plan, "kuantum").dependsOn()).containsExactly("isle");
    assertThat(task(plan, "kuantum").metadata().confidence()).isZero();

    assertThat(plan.planner().warnings())
        .hasSize(6)
        .contains(
            "legacy task 'kuantum' depends on 'yok_boyle_bir_adim', which is not in the plan;"
                + " that dependency was dropped",
            "legacy task 'logo' has task_type 'image_generation': no catalog task type generates"
                + " images; it is kept as unsupported task 'logo'");
  }

  @Test
  void parametersMayBeAMappingAndIdsMayBeMissing() {
    Plan plan =
        importValid(
            """
            command: read the notes
            mode: Explore
            segments:
              - task_type: file_operation
                content: Read the notes
                parameters: {path: notes/today.txt}
              - id: Özet Adımı
                task_type: summarize
                content: Summarise them
            """);

    assertThat(plan.mode()).isEqualTo(Mode.EXPLORE);
    assertThat(plan.tasks()).extracting(PlanTask::id).containsExactly("task_1", "ozet_adimi");
    assertThat(plan.tasks().get(0).type()).isEqualTo("fs.read");
    // Without a dependency the summary has no text to work on.
    assertThat(plan.tasks().get(1).type()).isEqualTo(TaskCatalog.UNSUPPORTED);
    assertThat(plan.planner().warnings())
        .contains(
            "segments[0] has no id; it is now task 'task_1'",
            "legacy task 'Özet Adımı' has task_type 'summarize', which stands for ai.summarize,"
                + " but it gives no text for ai.summarize; it is kept as unsupported task"
                + " 'ozet_adimi'");
    assertThat(plan.planner().details().get("task_ids"))
        .isEqualTo(Map.of("Özet Adımı", "ozet_adimi"));
  }

  @Test
  void theSameTextAlwaysGivesTheSamePlan() {
    String text = fixture("segmentation-en-chaos.yaml");
    assertThat(importValid(text)).isEqualTo(importValid(text));
  }
}
