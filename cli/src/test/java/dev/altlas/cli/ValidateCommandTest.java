package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  /** The published examples, from the module directory that surefire runs in. */
  static final Path EXAMPLES = Path.of("..", "docs", "formats", "examples");

  static final String HEADER =
      """
      format_version: 1
      id: plan-test
      created_at: "2026-03-14T09:30:00Z"
      command: list the files in ./docs and sort them by size
      language: en
      mode: normal
      persona: researcher
      """;

  @TempDir Path dir;

  @Test
  void validPlanExitsZeroWithASummary() throws IOException {
    Path file = copy("summarize-docs.alt", "plan.alt");

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("valid .alt plan: 6 tasks\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void runResultsAndAtlasesAreValidatedToo() throws IOException {
    var cli = new Cli(dir);

    var last = cli.run("validate", copy("summarize-docs.last", "run.last").toString());
    var atlas = cli.run("validate", copy("team.atlas", "team.atlas").toString());

    assertThat(last.exitCode()).as(last.toString()).isZero();
    assertThat(last.out()).startsWith("valid .last run result: ");
    assertThat(atlas.exitCode()).as(atlas.toString()).isZero();
    assertThat(atlas.out()).startsWith("valid .atlas atlas: ");
  }

  @Test
  void kindComesFromTheContentWhenTheNameDoesNotSayIt() throws IOException {
    Path file = copy("summarize-docs.alt", "plan.yaml");

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("valid .alt plan");
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    String text = Files.readString(EXAMPLES.resolve("summarize-docs.alt"));

    var result = new Cli(dir).withStdin(text).run("validate", "-");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("valid .alt plan: 6 tasks\n");
  }

  @Test
  void cycleIsReportedWithFieldAndLine() throws IOException {
    Path file =
        write(
            "cycle.alt",
            HEADER
                + """
                tasks:
                  - id: list
                    type: fs.list
                    depends_on: [sort]
                    params:
                      path: ./docs
                  - id: sort
                    type: data.sort
                    depends_on: [list]
                    params:
                      items: ${tasks.list.output.files}
                      by: size
                """);

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(file + " is not a valid .alt plan")
        .containsPattern(
            "(?m)^"
                + java.util.regex.Pattern.quote(file.toString())
                + ":11:\\d+: tasks\\[0]"
                + "\\.depends_on: dependency cycle: list -> sort -> list")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownDependencyIsReportedWithFieldAndLine() throws IOException {
    Path file =
        write(
            "unknown-dep.alt",
            HEADER
                + """
                tasks:
                  - id: list
                    type: fs.list
                    params:
                      path: ./docs
                  - id: sort
                    type: data.sort
                    depends_on: [lsit]
                    params:
                      items: [1, 2]
                      by: size
                """);

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern(":15:\\d+: tasks\\[1]\\.depends_on\\[0]: unknown task 'lsit'");
  }

  @Test
  void unknownFieldIsReportedWithItsPathAndLine() throws IOException {
    Path file =
        write(
            "unknown-field.alt",
            HEADER
                + """
                tasks:
                  - id: list
                    type: fs.list
                    colour: red
                    params:
                      path: ./docs
                """);

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).containsPattern(":11:\\d+: tasks\\[0]\\.colour: .*colour");
  }

  @Test
  void eachProblemIsOnItsOwnLine() throws IOException {
    Path file =
        write(
            "two-problems.alt",
            HEADER
                + """
                tasks:
                  - id: list
                    type: fs.lsit
                    params:
                      path: ./docs
                  - id: show
                    type: data.top
                    depends_on: [nowhere]
                    params:
                      items: [1]
                      count: 3
                """);

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(3).first().asString().contains("(2 problems)");
  }

  @Test
  void syntaxErrorsHaveALine() throws IOException {
    Path file = write("broken.alt.json", "{\"format_version\": 1,\n  \"id\": ");

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).containsPattern("broken\\.alt\\.json:\\d+:\\d+: .*not valid JSON");
  }

  @Test
  void missingFileIsAUsageError() {
    var result = new Cli(dir).run("validate", dir.resolve("nope.alt").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nope.alt: no such file").doesNotContain("\tat ");
  }

  @Test
  void directoryIsAUsageError() {
    var result = new Cli(dir).run("validate", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is a directory");
  }

  @Test
  void unknownKindIsAUsageErrorNamingTheExtensions() throws IOException {
    Path file = write("notes.txt", "hello: world\n");

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("NAME.alt, NAME.last or NAME.atlas").contains("--kind");
  }

  @Test
  void kindOptionOverridesTheFileName() throws IOException {
    Path file = copy("summarize-docs.alt", "notes.txt");

    var result = new Cli(dir).run("validate", "--kind", "alt", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void textThatIsNotUtf8IsInvalid() throws IOException {
    Path file = dir.resolve("latin1.alt");
    Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, '\n'});

    var result = new Cli(dir).run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("is not UTF-8 text");
  }

  private Path copy(String example, String name) throws IOException {
    return Files.copy(EXAMPLES.resolve(example), dir.resolve(name));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
