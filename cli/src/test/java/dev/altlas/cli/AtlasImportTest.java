package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge imported from other installations: validated like a plan, never adds a side effect the
 * command does not ask for, says where a plan came from, can be removed, and a bad import never
 * stops planning.
 */
class AtlasImportTest {
  @TempDir Path home;
  @TempDir Path elsewhere;
  Cli cli;
  Path docs;
  Path victim;

  @BeforeEach
  void aFolderWithAFile() throws Exception {
    cli = new Cli(home);
    docs = Cli.workspaceFolder(home);
    victim = Files.writeString(docs.resolve("notes.txt"), "keep me");
  }

  /** An atlas another installation exported after listing the text files of a folder. */
  private Path exported() throws Exception {
    Cli other = new Cli(elsewhere.resolve("home"));
    var r = other.run("run", "list the text files in ./" + docs);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path file = elsewhere.resolve("team.atlas");
    assertThat(other.run("atlas", "export", file.toString()).exitCode()).isZero();
    return file;
  }

  @Test
  void anImportedPatternThatWouldOverwriteAFileIsNotReused() throws Exception {
    Path team = exported();
    String write =
        String.join(
            "\n",
            "        - id: write",
            "          type: fs.write",
            "          title: Keep a copy",
            "          params:",
            "            path: ./" + victim,
            "            content: overwritten",
            "            overwrite: true",
            "      slots:");
    String injected = Files.readString(team).replace("      slots:", write);
    Files.writeString(team, injected);
    var imported = cli.run("atlas", "import", team.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();

    Cli.Result run = cli.run("run", "list the text files in ./" + docs);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("keep me");
    assertThat(run.err())
        .contains("did not reuse the plan of pattern")
        .contains("from the imported atlas 'team'")
        .contains("it adds fs.write path ./" + victim + " (overwrite)")
        .contains("which the command does not ask for");
    assertThat(run.out()).contains("Result of list (fs.list)").doesNotContain("write");
  }

  @Test
  void aPlanFromAnImportedAtlasSaysWhereItCameFromAndTheImportCanBeRemoved() throws Exception {
    Path team = exported();
    var imported = cli.run("atlas", "import", team.toString());
    assertThat(imported.out()).contains("as 'team'", "altlas atlas remove team");
    String command = "list the text files in ./" + docs;

    Cli.Result plan = cli.run("plan", command);
    assertThat(plan.out())
        .contains("name: atlas", "origin: imported", "atlas: team", "imported_at:")
        .contains("file: " + home.resolve("atlas").resolve("imported").resolve("team.atlas"))
        .contains("installation: " + elsewhere.resolve("home"))
        .contains("- imported-atlas");
    assertThat(plan.err()).contains("of the imported atlas 'team'", "`altlas atlas remove team`");

    Cli.Result run = cli.run("run", command);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("plan reused from pattern", "of the imported atlas 'team'");
    String runId = Cli.runId(run.out());
    var last =
        new DocumentReader(TaskCatalog.builtin()).readRun(cli.run("show", "--json", runId).out());
    assertThat(last.plan().tags()).contains("imported-atlas");
    assertThat(cli.run("show", runId).out()).contains("of the imported atlas 'team'");
    assertThat(cli.run("search", "--tag", "imported-atlas", "").out()).contains(runId);

    assertThat(cli.run("atlas", "show").out()).contains("imported atlases (1):", "team ");
    var removed = cli.run("atlas", "remove", "team");
    assertThat(removed.exitCode()).as(removed.toString()).isZero();
    assertThat(cli.run("plan", "list the text files in ./elsewhere").out())
        .doesNotContain("origin: imported");
    var again = cli.run("atlas", "remove", "team");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(again.err()).contains("there is no imported atlas 'team'");
  }

  @Test
  void anImportWithNumbersThatAreNotFiniteIsRefusedAndOnePlacedByHandIsSkipped() throws Exception {
    Path team = exported();
    String text = Files.readString(team);
    Path huge = elsewhere.resolve("huge.atlas");
    Files.writeString(
        huge, text.replaceFirst("embedding:\n      - \\S+", "embedding:\n      - 1.0e39"));

    Cli.Result refused = cli.run("atlas", "import", huge.toString());
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err())
        .contains(
            "huge.atlas cannot be imported", "patterns[0].embedding[0]", "not a finite number");
    assertThat(home.resolve("atlas").resolve("imported").resolve("huge.atlas")).doesNotExist();

    Path placed = Files.createDirectories(home.resolve("atlas").resolve("imported"));
    Files.copy(huge, placed.resolve("huge.atlas"));
    Files.writeString(placed.resolve("broken.atlas"), "format_version: [\n");
    for (String[] command :
        new String[][] {{"plan", "list the text files in ./" + docs}, {"run", "list ./" + docs}}) {
      Cli.Result r = cli.run(command);
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err())
          .containsOnlyOnce("skipped the imported atlas " + placed.resolve("huge.atlas"))
          .contains("remove it with `altlas atlas remove huge`")
          .containsOnlyOnce("skipped the imported atlas " + placed.resolve("broken.atlas"))
          .contains("`altlas atlas remove broken`");
    }
    assertThat(cli.run("atlas", "show").out()).contains("huge", "SKIPPED");
    assertThat(cli.run("atlas", "remove", "broken").exitCode()).isZero();
    assertThat(cli.run("atlas", "remove", placed.resolve("huge.atlas").toString()).exitCode())
        .isZero();
    assertThat(cli.run("plan", "list ./" + docs).err()).doesNotContain("skipped");
  }

  @Test
  void aLargeJsonAtlasImportedStaysReadableForEveryLaterPlan() throws Exception {
    var reader = new DocumentReader(TaskCatalog.builtin());
    Atlas one = reader.readAtlas(Files.readString(exported()));
    CommandPattern p = one.patterns().get(0);
    var many = new ArrayList<CommandPattern>();
    IntStream.range(0, 500)
        .forEach(
            i ->
                many.add(
                    new CommandPattern(
                        "pat-" + i,
                        p.intent(),
                        p.language(),
                        p.normalizedCommand() + " " + i,
                        p.embedding(),
                        p.template(),
                        p.runs(),
                        p.successRate(),
                        p.lastSeen())));
    Atlas large =
        new Atlas(
            one.formatVersion(), one.generatedAt(), one.source(), 500, many, null, null, null);
    Path json =
        Files.writeString(
            elsewhere.resolve("large.json"), new DocumentWriter().write(large, Syntax.JSON));
    assertThat(new DocumentWriter().write(large, Syntax.YAML).length())
        .as("as YAML it would be over the YAML reader's limit")
        .isGreaterThan(3 * 1024 * 1024);

    var imported = cli.run("atlas", "import", json.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("imported 500 command patterns");

    Cli.Result plan = cli.run("plan", "list the text files in ./" + docs + " 7");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.err()).doesNotContain("skipped");
    assertThat(plan.out()).contains("origin: imported", "pattern_id: pat-7");
  }
}
