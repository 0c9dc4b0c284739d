package dev.altlas.tasks.builtin.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * However a path mixes names, {@code ..}, links and names that merely start like the data
 * directory's, what resolves never lies inside the data directory, and what names it is refused as
 * being there.
 */
class DataDirectoryProperties {
  private static Path base;
  private static Path root;
  private static Path data;

  @BeforeContainer
  static void tree() throws IOException {
    base = Files.createTempDirectory("data-directory").toRealPath();
    root = Files.createDirectories(base.resolve("home"));
    data = Files.createDirectories(root.resolve(".altlas"));
    Files.createDirectories(data.resolve("db"));
    Files.writeString(data.resolve("altlas.properties"), "altlas.locale=tr\n");
    Files.createDirectories(root.resolve(".altlas2"));
    Files.createDirectories(root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/link"), data);
    Files.createSymbolicLink(root.resolve("a/up"), root);
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    FileTrees.delete(base);
  }

  @Property(tries = 2000)
  void nothingThatResolvesLiesInsideTheDataDirectory(@ForAll("paths") String path) {
    var workspace = new Workspace(List.of(root), data);
    try {
      WorkspacePath resolved = workspace.resolve("path", path);
      assertThat(resolved.real().startsWith(data)).as("%s resolved", resolved.real()).isFalse();
      Statistics.collect("resolved");
    } catch (TaskFailure e) {
      // A name below a file ("x/altlas.properties/db") cannot be resolved at all.
      assertThat(e.code()).isIn("fs.outside_workspace", "fs.io_error");
      Statistics.collect(
          e.getMessage().contains("data directory") ? "refused: data directory" : "refused");
    }
    Statistics.coverage(
        coverage -> {
          coverage.check("resolved").percentage(p -> p > 10);
          coverage.check("refused: data directory").percentage(p -> p > 5);
        });
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(
            "..", ".", ".altlas", ".altlas2", "a", "link", "up", "db", "altlas.properties", "x")
        .list()
        .ofMinSize(1)
        .ofMaxSize(7)
        .map(segments -> String.join("/", segments));
  }
}
