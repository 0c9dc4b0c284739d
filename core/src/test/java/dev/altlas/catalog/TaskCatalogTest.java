package dev.altlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskCatalogTest {
  private final TaskCatalog catalog = TaskCatalog.builtin();

  @Test
  void shipsEveryTaskTypeOfTheProduct() {
    assertThat(catalog.types())
        .extracting(TaskType::type)
        .contains(
            "fs.list",
            "fs.read",
            "fs.write",
            "http.request",
            "data.filter",
            "data.map",
            "data.sort",
            "data.top",
            "data.join",
            "ai.generate",
            "ai.summarize",
            "ai.classify",
            "ai.extract",
            "ai.rank",
            "ai.translate",
            "ai.embed",
            "archive.search",
            "notify.email",
            "notify.webhook",
            "storage.put",
            "storage.get",
            "approval.wait",
            "shell.exec",
            TaskCatalog.UNSUPPORTED);
  }

  @Test
  void everyTypeIsDescribedAndHasARequiredParameter() {
    assertThat(catalog.types())
        .allSatisfy(
            t -> {
              assertThat(t.description()).isNotBlank();
              assertThat(t.requiredParams()).isNotEmpty();
              assertThat(t.params()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
            });
  }

  @Test
  void defaultsAndAllowedValuesAreThemselvesValid() {
    for (TaskType t : catalog.types()) {
      for (ParamSpec p : t.params()) {
        if (p.defaultValue() != null) {
          assertThat(p.type().accepts(p.defaultValue())).as("%s.%s", t.type(), p.name()).isTrue();
          if (!p.allowed().isEmpty()) {
            assertThat(p.allowed()).contains(String.valueOf(p.defaultValue()));
          }
        }
      }
    }
  }

  @Test
  void sideEffectsAreMarkedSoTheRunnerCanGuardThem() {
    assertThat(catalog.types().stream().filter(TaskType::sideEffect).map(TaskType::type))
        .containsExactlyInAnyOrder(
            "fs.write", "notify.email", "notify.webhook", "storage.put", "shell.exec");
  }

  @Test
  void descriptionsWithCommasAreKeptWhole() {
    assertThat(catalog.find("fs.list").orElseThrow().param("path").orElseThrow().description())
        .isEqualTo("Directory to list, relative to the workspace.");
  }
}
