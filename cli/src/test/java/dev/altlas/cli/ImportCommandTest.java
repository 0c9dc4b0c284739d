package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  /** The shape the prototype runner parsed. */
  static final String RUNNER_JSON =
      """
      {
        "id": "status-check",
        "version": "1.0",
        "created_at": "2025-05-01T10:00:00Z",
        "title": "Check the status page",
        "description": "Fetch the status page of the service",
        "mode": "normal",
        "persona": "technical_expert",
        "tasks": [
          {
            "id": "fetch",
            "description": "Fetch the status page",
            "dependencies": null,
            "parameters": {"url": "https://status.example.com/api", "method": "GET"},
            "timeout_seconds": 30,
            "retry_count": 2
          }
        ],
        "metadata": {"priority": "high", "tags": ["status"]}
      }
      """;

  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());

  @Test
  void runnerJsonBecomesAValidYamlPlan() throws IOException {
    Path file = Files.writeString(dir.resolve("runner-plan.json"), RUNNER_JSON);

    var result = new Cli(dir).run("import", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("format_version: 1");
    Plan plan = reader.readPlan(result.out());
    assertThat(plan.tasks()).extracting(PlanTask::type).containsExactly("http.request");
    assertThat(plan.tasks().get(0).params()).containsEntry("url", "https://status.example.com/api");
    assertThat(result.err().lines()).allMatch(line -> line.startsWith("warning: "));
  }

  @Test
  void formatJsonPrintsJson() throws IOException {
    Path file = Files.writeString(dir.resolve("runner-plan.json"), RUNNER_JSON);

    var result = new Cli(dir).run("import", "--format", "json", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("{");
    assertThat(reader.readPlan(result.out()).tasks()).hasSize(1);
  }

  @Test
  void standardInputIsReadWithDash() {
    var result = new Cli(dir).withStdin(RUNNER_JSON).run("import", "-");

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void somethingElseFailsWithOneClearLine() throws IOException {
    Path file = Files.writeString(dir.resolve("other.json"), "{\"hello\": \"world\"}\n");

    var result = new Cli(dir).run("import", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("altlas import: " + file + ": ").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void missingFileIsAUsageError() {
    var result = new Cli(dir).run("import", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
  }
}
