package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogCommandTest {
  @TempDir Path home;

  @Test
  void listsEveryTaskTypeWithItsParameters() {
    var result = new Cli(home).run("catalog");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(TaskCatalog.builtin().types().size() + " task types")
        .containsPattern("(?m)^fs\\.list$")
        .containsPattern("(?m)^    path\\* +string +\\S")
        .containsPattern("(?m)^    recursive +boolean +.*Default: false\\.")
        .containsPattern("(?m)^fs\\.write  \\[side effect]$")
        .containsPattern("(?m)^    order +string +.*Default: asc\\. One of: asc, desc\\.")
        .containsPattern("(?m)^    count\\* +integer +.*At least 1\\.")
        .contains("notify.email", "shell.exec");
    assertThat(result.out().lines()).allMatch(line -> line.length() <= CatalogCommand.WIDTH);
  }

  @Test
  void showsOneType() {
    var result = new Cli(home).run("catalog", "data.sort");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("data.sort\n").contains("items*").doesNotContain("fs.list");
  }

  @Test
  void showsTheTypesOfACategory() {
    var result = new Cli(home).run("catalog", "data");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("data.sort", "data.top").doesNotContain("fs.list");
  }

  @Test
  void jsonIsMachineReadable() {
    var result = new Cli(home).run("catalog", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode types = JsonMapper.builder().build().readTree(result.out()).get("task_types");
    assertThat(types.size()).isEqualTo(TaskCatalog.builtin().types().size());
    JsonNode fsList = types.get(0);
    assertThat(fsList.get("type").asString()).isEqualTo("fs.list");
    JsonNode path = fsList.get("params").get(0);
    assertThat(path.get("name").asString()).isEqualTo("path");
    assertThat(path.get("type").asString()).isEqualTo("string");
    assertThat(path.get("required").asBoolean()).isTrue();
    JsonNode glob = fsList.get("params").get(1);
    assertThat(glob.get("default").asString()).isEqualTo("*");
  }

  @Test
  void jsonOfOneTypeIsThatType() {
    var result = new Cli(home).run("catalog", "data.sort", "--json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode sort = JsonMapper.builder().build().readTree(result.out());
    assertThat(sort.get("type").asString()).isEqualTo("data.sort");
    assertThat(sort.get("params").get(2).get("allowed").toString()).contains("asc", "desc");
  }

  @Test
  void unknownTypeIsAUsageErrorWithASuggestion() {
    var result = new Cli(home).run("catalog", "fs.lsit");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown task type 'fs.lsit'; did you mean 'fs.list'?");
  }
}
