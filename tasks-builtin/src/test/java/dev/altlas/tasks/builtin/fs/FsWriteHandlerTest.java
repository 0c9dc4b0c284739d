package dev.altlas.tasks.builtin.fs;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.content.Sha256;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsWriteHandlerTest {
  private static final List<Map<String, Object>> ROWS =
      List.of(
          Map.of("name", "a.txt", "size", 10),
          Map.of("name", "b, \"quoted\"", "size", 2.5, "note", "x|y"));

  @TempDir Path root;
  @TempDir Path outside;
  @TempDir Path artifacts;
  private FsWriteHandler handler;

  @BeforeEach
  void setUp() {
    handler = new FsWriteHandler(new Workspace(List.of(root)));
  }

  private Map<?, ?> write(Map<String, ?> params) throws Exception {
    return (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));
  }

  @Test
  void writesTextIntoNewDirectoriesAndReportsSizeAndChecksum() throws Exception {
    Map<?, ?> out = write(Map.of("path", "out/report.txt", "content", "merhaba"));

    assertThat(Files.readString(root.resolve("out/report.txt"))).isEqualTo("merhaba");
    assertThat(out.get("path")).isEqualTo("out/report.txt");
    assertThat(out.get("size")).isEqualTo(7);
    assertThat(out.get("sha256")).isEqualTo(Sha256.of("merhaba".getBytes(StandardCharsets.UTF_8)));
    try (Stream<Path> files = Files.list(root.resolve("out"))) {
      assertThat(files).as("no temporary file is left").hasSize(1);
    }
  }

  @Test
  void rendersDataAsJsonYamlAndText() throws Exception {
    write(Map.of("path", "a.json", "content", Map.of("k", List.of(1, 2)), "format", "json"));
    write(Map.of("path", "a.yaml", "content", Map.of("k", List.of(1, 2)), "format", "yaml"));
    write(Map.of("path", "a.txt", "content", List.of(Map.of("k", "v")), "format", "text"));

    assertThat(Files.readString(root.resolve("a.json"))).contains("\"k\"").contains("1,");
    assertThat(Files.readString(root.resolve("a.yaml"))).isEqualTo("k:\n  - 1\n  - 2\n");
    assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("- k: v\n");
  }

  @Test
  void rendersListsOfObjectsAsCsvWithAHeaderAndQuoting() throws Exception {
    write(Map.of("path", "rows.csv", "content", ROWS, "format", "csv"));

    List<String> lines = Files.readAllLines(root.resolve("rows.csv"));
    assertThat(lines.getFirst().split(",")).containsExactlyInAnyOrder("name", "size", "note");
    String header = lines.getFirst();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("\"b, \"\"quoted\"\"\"").contains("2.5").contains("x|y");
    assertThat(header.indexOf("note")).isGreaterThan(header.indexOf("name"));
  }

  @Test
  void rendersMarkdownTablesAndBullets() throws Exception {
    write(
        Map.of(
            "path",
            "t.md",
            "content",
            List.of(Map.of("name", "a|b", "n", 1)),
            "format",
            "markdown"));
    write(Map.of("path", "l.md", "content", List.of("one", "two"), "format", "markdown"));

    String table = Files.readString(root.resolve("t.md"));
    assertThat(table).contains("| --- | --- |").contains("a\\|b");
    assertThat(Files.readString(root.resolve("l.md"))).isEqualTo("- one\n- two\n");
  }

  @Test
  void refusesToReplaceAFileUnlessAskedTo() throws Exception {
    Files.writeString(root.resolve("keep.txt"), "old");

    failure(() -> write(Map.of("path", "keep.txt", "content", "new")), "fs.exists", false);
    assertThat(Files.readString(root.resolve("keep.txt"))).isEqualTo("old");

    write(Map.of("path", "keep.txt", "content", "new", "overwrite", true));
    assertThat(Files.readString(root.resolve("keep.txt"))).isEqualTo("new");
  }

  @Test
  void aRetriedTaskDoesNotWriteTwice() throws Exception {
    var context = InMemoryTaskContext.of(artifacts, Map.of("path", "once.txt", "content", "1st"));
    Object first = handler.execute(context);
    Files.delete(root.resolve("once.txt"));

    Object second = handler.execute(context);

    assertThat(second).isEqualTo(first);
    assertThat(context.performed("write")).isEqualTo(1);
    assertThat(root.resolve("once.txt")).doesNotExist();
  }

  @Test
  void refusesToWriteOutsideTheWorkspaceOrThroughLinks() throws Exception {
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("missing/x"));

    failure(() -> write(Map.of("path", "../x.txt", "content", "x")), "fs.outside_workspace", false);
    failure(
        () -> write(Map.of("path", "out/x.txt", "content", "x")), "fs.outside_workspace", false);
    failure(
        () -> write(Map.of("path", "out/new/x.txt", "content", "x")),
        "fs.outside_workspace",
        false);
    failure(
        () -> write(Map.of("path", "dangling", "content", "x", "overwrite", true)),
        "fs.outside_workspace",
        false);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void refusesContentThatDoesNotFitTheFormat() throws Exception {
    failure(
        () -> write(Map.of("path", "x.csv", "content", 5, "format", "csv")),
        "task.bad_param",
        false);
    failure(
        () ->
            write(Map.of("path", "x.csv", "content", List.of(Map.of("a", 1), 2), "format", "csv")),
        "task.bad_param",
        false);
    failure(
        () -> write(Map.of("path", "x.pdf", "content", "x", "format", "pdf")),
        "task.bad_param",
        false);
  }
}
