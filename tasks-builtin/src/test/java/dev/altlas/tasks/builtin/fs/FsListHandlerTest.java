package dev.altlas.tasks.builtin.fs;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsListHandlerTest {
  @TempDir Path root;
  @TempDir Path outside;
  @TempDir Path artifacts;
  private FsListHandler handler;

  @BeforeEach
  void files() throws IOException {
    handler = new FsListHandler(new Workspace(List.of(root)));
    Files.createDirectories(root.resolve("docs/deep"));
    Files.writeString(root.resolve("docs/b.md"), "bee");
    Files.writeString(root.resolve("docs/a.txt"), "a");
    Files.writeString(root.resolve("docs/deep/c.md"), "deep c");
    Files.writeString(root.resolve("docs/.secret.md"), "hidden");
    Files.createDirectories(root.resolve("docs/.git"));
    Files.writeString(root.resolve("docs/.git/config.md"), "hidden dir");
  }

  private Map<?, ?> list(Map<String, ?> params) throws Exception {
    return (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));
  }

  private static List<Object> paths(Map<?, ?> out) {
    return ((List<?>) out.get("files"))
        .stream().<Object>map(f -> ((Map<?, ?>) f).get("path")).toList();
  }

  @Test
  void listsTheFilesOfADirectorySortedByPathWithTheirDetails() throws Exception {
    Map<?, ?> out = list(Map.of("path", "docs"));

    assertThat(paths(out)).containsExactly("docs/a.txt", "docs/b.md");
    assertThat(out.get("count")).isEqualTo(2);
    Map<?, ?> b = (Map<?, ?>) ((List<?>) out.get("files")).get(1);
    assertThat(b.get("name")).isEqualTo("b.md");
    assertThat(b.get("size")).isEqualTo(3L);
    assertThat(b.get("media_type")).isEqualTo("text/markdown");
    assertThat(Instant.parse((String) b.get("modified"))).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void globAndRecursionSelectFilesAtAnyDepth() throws Exception {
    assertThat(paths(list(Map.of("path", "docs", "glob", "*.md", "recursive", true))))
        .containsExactly("docs/b.md", "docs/deep/c.md");
    assertThat(paths(list(Map.of("path", "docs", "glob", "**/*.md", "recursive", true))))
        .containsExactly("docs/b.md", "docs/deep/c.md");
    assertThat(paths(list(Map.of("path", "docs", "glob", "deep/*.md", "recursive", true))))
        .containsExactly("docs/deep/c.md");
  }

  @Test
  void hiddenFilesAndDirectoriesOnlyWhenAskedFor() throws Exception {
    assertThat(
            paths(
                list(
                    Map.of(
                        "path",
                        "docs",
                        "glob",
                        "*.md",
                        "recursive",
                        true,
                        "include_hidden",
                        true))))
        .containsExactly("docs/.git/config.md", "docs/.secret.md", "docs/b.md", "docs/deep/c.md");
  }

  @Test
  void linksThatLeadOutsideTheWorkspaceAreLeftOut() throws Exception {
    Files.writeString(outside.resolve("passwd.md"), "secret");
    Files.createSymbolicLink(root.resolve("docs/escape.md"), outside.resolve("passwd.md"));
    Files.createSymbolicLink(root.resolve("docs/escape-dir"), outside);
    Files.createSymbolicLink(root.resolve("docs/inside.md"), root.resolve("docs/b.md"));

    assertThat(paths(list(Map.of("path", "docs", "glob", "**", "recursive", true))))
        .containsExactly("docs/a.txt", "docs/b.md", "docs/deep/c.md", "docs/inside.md");
  }

  @Test
  void refusesDirectoriesAndGlobsOutsideTheWorkspace() throws Exception {
    Files.createSymbolicLink(root.resolve("out"), outside);
    failure(() -> list(Map.of("path", "../")), "fs.outside_workspace", false);
    failure(() -> list(Map.of("path", outside.toString())), "fs.outside_workspace", false);
    failure(() -> list(Map.of("path", "out")), "fs.outside_workspace", false);
    failure(() -> list(Map.of("path", "docs", "glob", "../*")), "fs.outside_workspace", false);
    failure(() -> list(Map.of("path", "docs", "glob", "/etc/*")), "fs.outside_workspace", false);
  }

  @Test
  void namesMissingDirectoriesAndFiles() throws Exception {
    failure(() -> list(Map.of("path", "nope")), "fs.not_found", false);
    failure(() -> list(Map.of("path", "docs/a.txt")), "fs.not_a_directory", false);
  }

  @Test
  void refusesMoreThanTheMaximumNumberOfEntries() throws Exception {
    Path many = Files.createDirectories(root.resolve("many"));
    for (int i = 0; i <= FsListHandler.MAX_ENTRIES; i++) {
      Files.createFile(many.resolve("f" + i));
    }
    var failure = failure(() -> list(Map.of("path", "many")), "fs.too_many", false);
    assertThat(failure.getMessage()).contains("10000");
  }
}
