package dev.altlas.tasks.builtin.fs;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.content.TypedSettings;
import dev.altlas.tasks.builtin.notify.NotifyEmailHandler;
import dev.altlas.tasks.builtin.notify.SmtpSettings;
import dev.altlas.tasks.builtin.shell.ShellExecHandler;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No file task reaches ALT_LAS's data directory, whatever the roots and however it is named. */
class DataDirectoryTest {
  @TempDir Path base;
  @TempDir Path artifacts;
  private Path root;
  private Path data;

  @BeforeEach
  void tree() throws IOException {
    root = Files.createDirectories(base.toRealPath().resolve("home"));
    data = Files.createDirectories(root.resolve(".altlas"));
    Files.writeString(data.resolve("altlas.properties"), "altlas.locale=tr\n");
    Files.createDirectories(root.resolve(".altlas2"));
    Files.writeString(root.resolve("notes.txt"), "mine");
    Files.createSymbolicLink(root.resolve("settings-link"), data.resolve("altlas.properties"));
    Files.createSymbolicLink(root.resolve("data-link"), data);
  }

  private Workspace workspace(Path... roots) {
    return new Workspace(List.of(roots), data);
  }

  private static String refusal(Workspace workspace, String path) {
    TaskFailure refused =
        failure(() -> workspace.resolve("path", path), "fs.outside_workspace", false);
    return refused.getMessage();
  }

  @Test
  void pathsIntoTheDataDirectoryAreRefusedWithTheReason() {
    Workspace workspace = workspace(root);

    assertThat(refusal(workspace, ".altlas/altlas.properties"))
        .isEqualTo(
            "'.altlas/altlas.properties' is inside ALT_LAS's data directory "
                + data
                + ", which holds its settings and stored runs; file tasks may not read or write"
                + " there");
    for (String path :
        List.of(
            ".altlas",
            ".altlas/",
            "./.altlas/new-file",
            ".altlas/../.altlas/altlas.properties",
            "x/../.altlas/db/new.mv.db",
            data.resolve("altlas.properties").toString(),
            root + "/.altlas/../.altlas/x",
            "settings-link",
            "data-link/altlas.properties",
            "data-link/not-yet/there.txt")) {
      assertThat(refusal(workspace, path)).as(path).contains("inside ALT_LAS's data directory");
    }
  }

  @Test
  void namesThatOnlyStartLikeTheDataDirectoryAreFine() throws Exception {
    Workspace workspace = workspace(root);

    assertThat(workspace.resolve("path", ".altlas2/x").real())
        .isEqualTo(root.resolve(".altlas2/x"));
    assertThat(workspace.resolve("path", ".altlas.bak").display()).isEqualTo(".altlas.bak");
    assertThat(workspace.resolve("path", "notes.txt").display()).isEqualTo("notes.txt");
  }

  @Test
  void aRootThatIsTheDataDirectoryOrInsideItReachesNothing() throws Exception {
    Path inside = Files.createDirectories(data.resolve("artifacts"));

    for (Path r : List.of(data, inside)) {
      Workspace workspace = workspace(r);
      assertThat(refusal(workspace, "altlas.properties")).contains("data directory");
      assertThat(refusal(workspace, ".")).contains("data directory");
      assertThat(refusal(workspace, "new.txt")).contains("data directory");
    }
  }

  @Test
  void theDataDirectoryIsKeptOutWhenGivenThroughALink() throws Exception {
    Path alias = Files.createSymbolicLink(base.resolve("alias"), data);
    var workspace = new Workspace(List.of(root), alias);

    assertThat(refusal(workspace, ".altlas/altlas.properties")).contains("data directory");
  }

  @Test
  void fsWriteLeavesTheSettingsUntouched() throws Exception {
    var write = new FsWriteHandler(workspace(root));

    failure(
        () ->
            write.execute(
                InMemoryTaskContext.of(
                    artifacts,
                    Map.of(
                        "path",
                        ".altlas/altlas.properties",
                        "content",
                        "altlas.shell.allow=sh",
                        "overwrite",
                        true))),
        "fs.outside_workspace",
        false);

    assertThat(data.resolve("altlas.properties")).hasContent("altlas.locale=tr");
  }

  @Test
  void fsReadCannotReadTheSettings() {
    var read = new FsReadHandler(workspace(root), 1024);

    failure(
        () -> read.execute(InMemoryTaskContext.of(artifacts, Map.of("path", "settings-link"))),
        "fs.outside_workspace",
        false);
  }

  @Test
  void listingAParentLeavesTheDataDirectoryOut() throws Exception {
    var list = new FsListHandler(workspace(root));

    Map<?, ?> out =
        (Map<?, ?>)
            list.execute(
                InMemoryTaskContext.of(
                    artifacts,
                    Map.of("path", ".", "recursive", true, "include_hidden", true, "glob", "*")));

    List<Object> paths =
        ((List<?>) out.get("files"))
            .stream().<Object>map(f -> ((Map<?, ?>) f).get("path")).toList();
    assertThat(paths).containsExactly("notes.txt");
    failure(
        () -> list.execute(InMemoryTaskContext.of(artifacts, Map.of("path", "data-link"))),
        "fs.outside_workspace",
        false);
  }

  @Test
  void shellWorkingDirectoriesAndMailAttachmentsAreKeptOutToo() {
    var shell = new ShellExecHandler(List.of("ls"), workspace(root));
    var smtp =
        SmtpSettings.from(
            new TypedSettings(
                new TaskSettings(
                    Map.of(SmtpSettings.HOST, "127.0.0.1", SmtpSettings.FROM, "bot@altlas.dev"))));
    var email = new NotifyEmailHandler(smtp, workspace(root), Clock.systemUTC());

    failure(
        () ->
            shell.execute(
                InMemoryTaskContext.of(
                    artifacts, Map.of("command", "ls", "working_dir", "data-link/db"))),
        "fs.outside_workspace",
        false);
    failure(
        () ->
            email.execute(
                InMemoryTaskContext.of(
                    artifacts,
                    Map.of(
                        "to",
                        List.of("a@example.com"),
                        "subject",
                        "s",
                        "body",
                        "b",
                        "attachments",
                        List.of(Map.of("path", ".altlas/altlas.properties"))))),
        "fs.outside_workspace",
        false);
  }
}
