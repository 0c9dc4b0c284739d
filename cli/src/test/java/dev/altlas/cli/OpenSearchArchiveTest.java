package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.testkit.OpenSearchTestNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with {@code altlas.search=opensearch}, against a real OpenSearch node started in this JVM
 * (or the cluster at {@code ALTLAS_OPENSEARCH_URL}): the same commands, the same answers.
 */
class OpenSearchArchiveTest {
  private static final Pattern RUN_ID = Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{8}");

  @TempDir Path home;

  @Test
  void runsAreSearchableAndReindexingSwitchesTheAliasesOnlyAfterVerifying() throws Exception {
    String prefix = OpenSearchTestNode.newIndexPrefix();
    Files.writeString(
        home.resolve(AltlasSettings.FILE),
        "altlas.search=opensearch\n"
            + "altlas.search.url="
            + OpenSearchTestNode.url()
            + "\naltlas.search.index-prefix="
            + prefix
            + "\n");
    Path docs = Cli.workspaceFolder(home);
    Files.writeString(docs.resolve("okuma.txt"), "Bu ay okunacak üç kitap var.");
    Cli cli = new Cli(home);
    var ran = cli.run("run", "Summarize the text files in ./" + docs + " and list the top one");
    assertThat(ran.exitCode()).as(ran.toString()).isZero();
    Matcher id = RUN_ID.matcher(ran.out());
    assertThat(id.find()).isTrue();

    var found = cli.run("search", "--facets", "kitaplar");
    assertThat(found.exitCode()).as(found.toString()).isZero();
    assertThat(found.out())
        .contains("1 run match", id.group(), "[kitap]", "status:", "succeeded 1");

    assertThat(cli.run("archive", "verify").out()).contains("opensearch index holds exactly");

    var reindexed = cli.run("archive", "reindex", "--batch", "10");
    assertThat(reindexed.exitCode()).as(reindexed.toString()).isZero();
    assertThat(reindexed.out()).contains("reindexed and verified: 1 run");
    assertThat(reindexed.err()).contains("aliases now point to " + prefix + "-000002");

    var copied = cli.run("archive", "reindex", "--from", "index");
    assertThat(copied.exitCode()).as(copied.toString()).isZero();
    assertThat(copied.err()).contains("aliases now point to " + prefix + "-000003");
    assertThat(cli.run("search", "kitap").out()).contains("1 run match", id.group());

    var wrong = cli.run("search", "title:");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("'title:' must be followed by a word or phrase");
  }
}
