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

/** No relative path, however it mixes names, {@code ..} and links, resolves outside the root. */
class WorkspaceConfinementProperties {
  private static Path base;
  private static Path root;
  private static Path outside;

  @BeforeContainer
  static void tree() throws IOException {
    base = Files.createTempDirectory("confinement").toRealPath();
    root = Files.createDirectories(base.resolve("ws/root"));
    outside = Files.createDirectories(base.resolve("outside"));
    Files.createDirectories(root.resolve("a/b"));
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("a/up"), root.getParent());
    Files.createSymbolicLink(root.resolve("a/in"), root.resolve("a/b"));
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    FileTrees.delete(base);
  }

  @Property(tries = 2000)
  void resolvedPathsStayInsideTheRoot(@ForAll("relativePaths") String path) throws Exception {
    var workspace = new Workspace(List.of(root));
    try {
      WorkspacePath resolved = workspace.resolve("path", path);
      // Path.startsWith compares names; AssertJ's would resolve paths that need not exist.
      assertThat(resolved.real().startsWith(root))
          .as("%s inside %s", resolved.real(), root)
          .isTrue();
      assertThat(resolved.real().toString()).doesNotContain("..");
      Statistics.collect("inside");
    } catch (TaskFailure e) {
      assertThat(e.code()).isEqualTo("fs.outside_workspace");
      Statistics.collect("refused");
    }
    // Both outcomes must be common, or the property proves little.
    Statistics.coverage(
        coverage -> {
          coverage.check("inside").percentage(p -> p > 10);
          coverage.check("refused").percentage(p -> p > 10);
        });
  }

  @Provide
  Arbitrary<String> relativePaths() {
    return Arbitraries.of("..", ".", "a", "b", "out", "up", "in", "new", "x.txt", "")
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(segments -> String.join("/", segments));
  }
}
