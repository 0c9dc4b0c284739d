package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.Atlas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code altlas search}, {@code archive …} and {@code atlas …} as a person uses them, after real
 * runs, on the embedded defaults (H2 and Lucene under the home).
 */
class ArchiveCommandsTest {
  private static final Pattern RUN_ID = Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{8}");

  @TempDir Path home;
  @TempDir Path otherHome;
  Cli cli;
  Path docs;

  @BeforeEach
  void setUp() throws Exception {
    cli = new Cli(home);
    docs = Cli.workspaceFolder(home);
    Files.writeString(
        docs.resolve("okuma.txt"),
        "Bu ay okunacak üç kitap var. İlk kitap dağıtık sistemleri anlatıyor.");
    Files.writeString(
        docs.resolve("outage.txt"),
        "The payment service was down for forty minutes because a certificate had expired.");
  }

  private String run(String command) {
    var r = cli.run("run", command);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Matcher m = RUN_ID.matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    return m.group();
  }

  @Test
  void finishedRunsAreFoundByWordFormsInTurkishAndEnglishWithFacets() {
    String english =
        run("Summarize the text files in ./" + docs + " and list the two most important");
    String turkish = run("./" + docs + " klasöründeki dosyaları listele");

    var books = cli.run("search", "kitaplar");
    assertThat(books.exitCode()).as(books.toString()).isZero();
    assertThat(books.out()).contains("1 run match \"kitaplar\"", english, "[kitap]");

    var both = cli.run("search", "--facets", "--sort", "oldest", "");
    assertThat(both.out())
        .contains("2 runs match", "status:", "succeeded 2", "fs.list 2", "language:", "per day:")
        .contains(english, turkish);

    var certificates = cli.run("search", "--json", "certificates expire");
    assertThat(certificates.out()).contains("\"total\" : 1", english, "<em>");

    assertThat(cli.run("search", "--status", "failed", "kitap").out()).contains("0 runs match");
    assertThat(cli.run("search", "--since", "1d", "kitap").out()).contains("1 run match");
    assertThat(cli.run("search", "--until", "2026-01-01", "kitap").out()).contains("0 runs match");
    assertThat(cli.run("search", "--language", "tr", "").out()).contains("1 run match", turkish);
  }

  @Test
  void aQueryWordStartingWithADashExcludesItAndAMistypedOptionIsStillAnError() {
    String english =
        run("Summarize the text files in ./" + docs + " and list the two most important");
    String turkish = run("./" + docs + " klasöründeki dosyaları listele");

    var withoutBooks = cli.run("search", "-kitaplar");
    assertThat(withoutBooks.exitCode()).as(withoutBooks.toString()).isZero();
    assertThat(withoutBooks.out())
        .contains("1 run match \"-kitaplar\" (every run without \"kitaplar\")", turkish)
        .doesNotContain(english);

    var severalWords = cli.run("search", "--status", "succeeded", "summarize", "-klasöründeki");
    assertThat(severalWords.exitCode()).as(severalWords.toString()).isZero();
    assertThat(severalWords.out()).contains("1 run match", english).doesNotContain(turkish);

    var typo = cli.run("search", "--statsu", "failed", "kitap");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.err()).contains("Unknown option: '--statsu'");
  }

  @Test
  void aPlanSearchesTheArchiveWithTheQuerySyntaxAndFiltersOfAltlasSearch() throws Exception {
    String summarized =
        run("Summarize the text files in ./" + docs + " and list the two most important");
    String listed = run("./" + docs + " klasöründeki dosyaları listele");
    var reader = new DocumentReader(TaskCatalog.builtin());

    var found = cli.run("run", "--json", "search the archive for kitaplar");
    assertThat(found.exitCode()).as(found.toString()).isZero();
    var search = reader.readRun(found.out()).tasks().get(0);
    assertThat(search.type()).isEqualTo("archive.search");
    assertThat(search.output())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("total", 1);
    assertThat(search.output().toString()).contains("run_id=" + summarized, "status=succeeded");

    Path plan =
        Files.writeString(
            home.resolve("search.alt"),
            """
            format_version: 1
            id: search-the-archive
            command: search the archive
            tasks:
              - id: search
                type: archive.search
                params: {query: "dosyaları -kitap", status: succeeded, since: 7d, limit: 5}
            """);
    var filtered = cli.run("run", "--json", plan.toString());
    assertThat(filtered.exitCode()).as(filtered.toString()).isZero();
    String hits = reader.readRun(filtered.out()).tasks().get(0).output().toString();
    assertThat(hits).contains("run_id=" + listed).doesNotContain(summarized);

    Files.writeString(plan, Files.readString(plan).replace("dosyaları -kitap", "\\\"unclosed"));
    var bad = cli.run("run", plan.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(bad.err()).contains("search: failed — task.bad_param: parameter 'query'", "quote");
  }

  @Test
  void badQueriesAndOptionsSayWhatIsWrong() {
    run("./" + docs + " klasöründeki dosyaları listele");

    var unclosed = cli.run("search", "\"kitap");
    assertThat(unclosed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unclosed.err()).contains("bad query at column 1", "quote");

    var field = cli.run("search", "komut:kitap");
    assertThat(field.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(field.err()).contains("unknown field 'komut'");

    var rates = cli.run("search", "--min-success", "0.9", "--max-success", "0.1", "x");
    assertThat(rates.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(rates.err()).contains("minimum success rate 0.9 is above the maximum 0.1");

    var since = cli.run("search", "--since", "yesterday", "x");
    assertThat(since.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(since.err()).contains("--since must be an age like 7d");

    var cursor = cli.run("search", "--after", "not-a-cursor", "x");
    assertThat(cursor.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void pagesFollowTheCursorWithoutRepeatsOrGaps() {
    for (int i = 0; i < 3; i++) {
      run("list ./" + docs);
    }
    var first = cli.run("search", "--limit", "2", "--sort", "newest", "");
    assertThat(first.out()).contains("3 runs match", "more: add --after ");
    String cursor = first.out().replaceAll("(?s).*more: add --after (\\S+).*", "$1");
    var second = cli.run("search", "--limit", "2", "--sort", "newest", "--after", cursor, "");
    assertThat(second.out()).doesNotContain("more:");
    Matcher a = RUN_ID.matcher(first.out() + second.out());
    var ids = new java.util.ArrayList<String>();
    while (a.find()) {
      ids.add(a.group());
    }
    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void aLastFileFromElsewhereIsArchivedOnceAndAnInvalidOneIsRefusedWithoutHarm() throws Exception {
    String runId = run("list ./" + docs);
    Path last = home.resolve("runs").resolve(runId + ".last");
    Cli other = new Cli(otherHome);

    var added = other.run("archive", "add", last.toString());
    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(added.out()).contains("archived " + runId, "1 run added");
    assertThat(other.run("archive", "add", last.toString()).out())
        .contains("already archived " + runId, "0 runs added");
    assertThat(other.run("search", "").out()).contains("1 run match", runId);

    Path broken = otherHome.resolve("broken.last");
    Files.writeString(broken, Files.readString(last).replace("status: succeeded", "status: fine"));
    var refused = other.run("archive", "add", broken.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err()).contains("broken.last", "status");
    assertThat(other.run("search", "").out()).contains("1 run match");
  }

  @Test
  void aLastFileCannotTakeTheIdOfARunStillRunningNorComeFromTheFuture() throws Exception {
    Cli.Background running = cli.runAwaitingApproval(docs);
    String runId = running.runId();
    String other = run("list ./" + docs);
    String otherLast = Files.readString(home.resolve("runs").resolve(other + ".last"));
    Path forged =
        Files.writeString(
            otherHome.resolve("forged.last"),
            otherLast.replace(other, runId).replaceFirst("command: .*", "command: forged dragons"));

    var refused = cli.run("archive", "add", forged.toString());

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err())
        .contains("forged.last: run " + runId + " is a run of this installation (running)");
    var approve = cli.run("approve", runId, "ask");
    assertThat(approve.exitCode()).as(approve.toString()).isZero();
    assertThat(running.result().get().exitCode()).isZero();
    assertThat(cli.run("search", "dragons").out()).contains("0 runs match");
    assertThat(cli.run("search", "ask first").out()).contains("1 run match", runId);
    assertThat(
            cli.run("archive", "add", home.resolve("runs").resolve(runId + ".last").toString())
                .out())
        .as("the run's own .last is its own result")
        .contains("already archived " + runId);

    Path future =
        Files.writeString(
            otherHome.resolve("future.last"),
            otherLast
                .replace(other, "run-from-elsewhere")
                .replaceFirst("finished_at: .*", "finished_at: 9999-12-31T00:00:00Z"));
    var fromTheFuture = cli.run("archive", "add", future.toString());
    assertThat(fromTheFuture.exitCode()).as(fromTheFuture.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(fromTheFuture.err())
        .contains("future.last: it says the run finished at 9999-12-31T00:00:00Z")
        .contains("would never be purged");
  }

  @Test
  void verifyReindexAndPurgeKeepTheIndexTrueToTheArchive() throws Exception {
    run("list ./" + docs);
    run("./" + docs + " klasöründeki dosyaları listele");

    var verified = cli.run("archive", "verify");
    assertThat(verified.exitCode()).as(verified.toString()).isZero();
    assertThat(verified.out()).contains("holds exactly the 2 archived runs");

    var reindexed = cli.run("archive", "reindex");
    assertThat(reindexed.exitCode()).as(reindexed.toString()).isZero();
    assertThat(reindexed.out()).contains("reindexed and verified: 2 runs");

    assertThat(cli.run("archive", "purge", "--older-than", "1d").out()).contains("0 runs");
    Cli later = new Cli(home).at(Cli.NOW.plus(Duration.ofDays(40)));
    var purged = later.run("archive", "purge", "--older-than", "30d");
    assertThat(purged.exitCode()).as(purged.toString()).isZero();
    assertThat(purged.out()).contains("2 runs", "2 archived records");
    assertThat(later.run("search", "").out()).contains("0 runs match");
    assertThat(later.run("runs").out()).contains("no runs yet");

    run("list ./" + docs);
    Files.writeString(home.resolve(AltlasSettings.FILE), "altlas.retention=30d\n");
    var laterStill = new Cli(home).at(Cli.NOW.plus(Duration.ofDays(80)));
    assertThat(laterStill.run("run", "list ./" + docs).exitCode()).isZero();
    assertThat(laterStill.run("search", "").out())
        .as("the run from day 0 is purged when the engine starts on day 80; today's stays")
        .contains("1 run match");
    Files.delete(home.resolve(AltlasSettings.FILE));

    var noAge = cli.run("archive", "purge");
    assertThat(noAge.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noAge.err()).contains("--older-than");
  }

  @Test
  void theAtlasIsShownExportedImportedAndReusedForASimilarCommand() throws Exception {
    run("Summarize the text files in ./" + docs + " and list the two most important");

    var shown = cli.run("atlas", "show");
    assertThat(shown.exitCode()).as(shown.toString()).isZero();
    assertThat(shown.out())
        .contains("atlas of 1 archived run", "command patterns (1)", "ai.summarize", "100.0%");

    var reused =
        cli.run("plan", "Summarize the text files in ./elsewhere and list the four most important");
    assertThat(reused.out()).contains("name: atlas", "pattern_id:", "./elsewhere");

    Path exported = otherHome.resolve("team.atlas");
    assertThat(cli.run("atlas", "export", exported.toString()).exitCode()).isZero();
    Atlas atlas = new DocumentReader(TaskCatalog.builtin()).readAtlas(Files.readString(exported));
    assertThat(atlas.patterns()).hasSize(1);

    Cli other = new Cli(otherHome.resolve("home"));
    assertThat(
            other
                .run("plan", "Summarize the text files in ./x and list the four most important")
                .out())
        .doesNotContain("name: atlas");
    var imported = other.run("atlas", "import", exported.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("imported 1 command pattern");
    assertThat(
            other
                .run("plan", "Summarize the text files in ./x and list the four most important")
                .out())
        .contains("name: atlas");

    Path notAtlas = otherHome.resolve("bad.atlas");
    Files.writeString(notAtlas, "format_version: 1\npatterns: 3\n");
    var refused = other.run("atlas", "import", notAtlas.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err()).contains("bad.atlas is not a valid");
  }
}
