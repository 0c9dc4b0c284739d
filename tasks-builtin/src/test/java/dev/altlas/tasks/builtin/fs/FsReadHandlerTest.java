package dev.altlas.tasks.builtin.fs;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsReadHandlerTest {
  @TempDir Path root;
  @TempDir Path outside;
  @TempDir Path artifacts;
  private FsReadHandler handler;

  @BeforeEach
  void setUp() {
    handler = new FsReadHandler(new Workspace(List.of(root)), 1024);
  }

  private Map<?, ?> read(Map<String, ?> params) throws Exception {
    return (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));
  }

  @Test
  void readsTextWithItsSizeAndMediaType() throws Exception {
    Files.writeString(root.resolve("notes.md"), "\uFEFFmerhaba dünya");

    Map<?, ?> out = read(Map.of("path", "notes.md"));

    assertThat(out.get("path")).isEqualTo("notes.md");
    assertThat(out.get("content")).isEqualTo("merhaba dünya");
    assertThat(out.get("size")).isEqualTo(17);
    assertThat(out.get("media_type")).isEqualTo("text/markdown");
  }

  @Test
  void decodesTheGivenEncodingAndRefusesTextThatIsNotInIt() throws Exception {
    Files.write(root.resolve("latin.txt"), "çay".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(read(Map.of("path", "latin.txt", "encoding", "ISO-8859-1")).get("content"))
        .isEqualTo("çay");
    failure(() -> read(Map.of("path", "latin.txt")), "fs.bad_encoding", false);
    failure(
        () -> read(Map.of("path", "latin.txt", "encoding", "klingon")), "task.bad_param", false);
  }

  @Test
  void refusesFilesLargerThanTheLimitOrTheParameter() throws Exception {
    Files.writeString(root.resolve("big.txt"), "x".repeat(1025));
    Files.writeString(root.resolve("small.txt"), "x".repeat(100));

    failure(() -> read(Map.of("path", "big.txt")), "fs.too_large", false);
    failure(() -> read(Map.of("path", "small.txt", "max_bytes", 99)), "fs.too_large", false);
    // The parameter can lower the configured limit, never raise it.
    failure(() -> read(Map.of("path", "big.txt", "max_bytes", 10_000)), "fs.too_large", false);
  }

  @Test
  void refusesBinaryFiles() throws Exception {
    Files.write(root.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

    failure(() -> read(Map.of("path", "image.png")), "fs.binary", false);
  }

  @Test
  void refusesPathsAndLinksThatLeadOutside() throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("innocent.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("dir"), outside);

    failure(() -> read(Map.of("path", "innocent.txt")), "fs.outside_workspace", false);
    failure(() -> read(Map.of("path", "dir/secret.txt")), "fs.outside_workspace", false);
    failure(
        () -> read(Map.of("path", "../" + outside.getFileName() + "/secret.txt")),
        "fs.outside_workspace",
        false);
    failure(
        () -> read(Map.of("path", outside.resolve("secret.txt").toString())),
        "fs.outside_workspace",
        false);
  }

  @Test
  void readsFromAnyConfiguredRootByAbsolutePath() throws Exception {
    Files.writeString(outside.resolve("second.txt"), "second root");
    var twoRoots = new FsReadHandler(new Workspace(List.of(root, outside)), 1024);
    String path = outside.toRealPath().resolve("second.txt").toString();

    Map<?, ?> out =
        (Map<?, ?>) twoRoots.execute(InMemoryTaskContext.of(artifacts, Map.of("path", path)));

    assertThat(out.get("content")).isEqualTo("second root");
    assertThat(out.get("path")).isEqualTo(path);
  }

  @Test
  void namesMissingFilesAndDirectories() throws Exception {
    Files.createDirectories(root.resolve("adir"));
    failure(() -> read(Map.of("path", "missing.txt")), "fs.not_found", false);
    failure(() -> read(Map.of("path", "adir")), "fs.not_a_file", false);
  }
}
