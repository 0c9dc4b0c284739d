package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.plan.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two commands the segmentation design is judged by, checked field by field. */
class CommandExamplesTest {

  @Test
  void sortsFilesAndShowsTheTenLargest() {
    Plan plan = Plans.plan("Dosyaları sırala ve en büyük 10 tanesini göster");

    Plans.assertValid(plan);
    assertThat(plan.language()).isEqualTo("tr");
    assertThat(Plans.types(plan)).containsExactly("fs.list", "data.sort", "data.top");
    PlanTask list = plan.tasks().get(0);
    PlanTask sort = plan.tasks().get(1);
    PlanTask top = plan.tasks().get(2);
    assertThat(list.params()).containsEntry("path", ".");
    assertThat(sort.params())
        .containsEntry("items", Reference.toTask(list.id(), "files"))
        .containsEntry("by", "size")
        .containsEntry("order", "desc");
    assertThat(sort.dependsOn()).containsExactly(list.id());
    assertThat(top.params())
        .containsEntry("items", Reference.toTask(sort.id(), "items"))
        .containsEntry("count", 10);
    assertThat(top.dependsOn()).containsExactly(sort.id());
    assertThat(List.of(list.id(), sort.id(), top.id())).containsExactly("list", "sort", "top");
  }

  @Test
  void summarizesTextFilesAndEmailsTheThreeMostImportant() {
    Plan plan =
        Plans.plan(
            "Summarize the text files in ./docs and email the three most important to"
                + " me@example.com");

    Plans.assertValid(plan);
    assertThat(plan.language()).isEqualTo("en");
    assertThat(Plans.types(plan))
        .containsExactly(
            "fs.list", "fs.read", "ai.summarize", "ai.rank", "data.top", "notify.email");
    Map<String, PlanTask> byType = byType(plan);
    PlanTask list = byType.get("fs.list");
    PlanTask read = byType.get("fs.read");
    PlanTask summarize = byType.get("ai.summarize");
    PlanTask rank = byType.get("ai.rank");
    PlanTask top = byType.get("data.top");
    PlanTask email = byType.get("notify.email");

    assertThat(list.params()).containsEntry("path", "./docs").containsEntry("glob", "*.txt");
    assertThat(read.forEach()).isEqualTo("${tasks.list.output.files}");
    assertThat(read.params()).containsEntry("path", "${item.path}");
    assertThat(summarize.forEach()).isEqualTo("${tasks.read.output}");
    assertThat(summarize.params()).containsEntry("text", "${item.content}");
    assertThat(rank.params())
        .containsEntry("items", "${tasks.summarize.output}")
        .containsEntry("field", "summary");
    assertThat(String.valueOf(rank.params().get("query"))).contains("importan");
    assertThat(top.params())
        .containsEntry("items", "${tasks.rank.output.items}")
        .containsEntry("count", 3);
    assertThat(email.params())
        .containsEntry("to", List.of("me@example.com"))
        .containsEntry("body", "${tasks.top.output.items}");
    assertThat(email.params()).containsKey("subject");

    assertThat(read.dependsOn()).containsExactly(list.id());
    assertThat(summarize.dependsOn()).containsExactly(read.id());
    assertThat(rank.dependsOn()).containsExactly(summarize.id());
    assertThat(top.dependsOn()).containsExactly(rank.id());
    assertThat(email.dependsOn()).containsExactly(top.id());
    assertThat(plan.planner().warnings()).isEmpty();
  }

  @Test
  void independentClausesDoNotDependOnEachOther() {
    Plan plan = Plans.plan("Download https://example.com/a.html and list ./docs");

    Plans.assertValid(plan);
    assertThat(Plans.types(plan)).containsExactly("http.request", "fs.list");
    assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.dependsOn()).isEmpty());
  }

  @Test
  void aStepThatNeedsFilesGetsAListingWhenNoneCameBefore() {
    Plan plan = Plans.plan("Summarize the PDFs");

    Plans.assertValid(plan);
    assertThat(Plans.types(plan)).containsExactly("fs.list", "fs.read", "ai.summarize");
    assertThat(Plans.task(plan, "fs.list").params())
        .containsEntry("path", ".")
        .containsEntry("glob", "*.pdf");
    assertThat(plan.planner().warnings()).hasSize(1);
  }

  @Test
  void everyTaskExplainsItselfWithTheWordsItCameFrom() {
    Plan plan = Plans.plan("List ./docs, then sort them by size");

    assertThat(plan.tasks())
        .allSatisfy(
            t -> {
              assertThat(t.metadata().confidence()).isBetween(0.5, 1.0);
              assertThat(t.metadata().rationale()).isNotBlank();
              assertThat(plan.command()).contains(t.metadata().sourceText());
              assertThat(t.title()).isNotBlank();
            });
  }

  private static Map<String, PlanTask> byType(Plan plan) {
    var map = new java.util.LinkedHashMap<String, PlanTask>();
    plan.tasks().forEach(t -> map.put(t.type(), t));
    return map;
  }
}
