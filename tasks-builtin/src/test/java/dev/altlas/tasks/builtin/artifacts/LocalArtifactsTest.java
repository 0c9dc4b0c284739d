package dev.altlas.tasks.builtin.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.model.Artifact;
import dev.altlas.tasks.builtin.content.Sha256;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalArtifactsTest {
  @TempDir Path root;
  @TempDir Path outside;

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storesContentWithChecksumSizeMediaTypeAndFileUri() throws Exception {
    var artifacts = new LocalArtifacts(root);

    Artifact stored = artifacts.put("run-1", "write", "reports/june.md", null, text("# Haziran"));

    Path file = root.resolve("run-1/reports/june.md");
    assertThat(Files.readString(file)).isEqualTo("# Haziran");
    assertThat(stored.name()).isEqualTo("reports/june.md");
    assertThat(stored.taskId()).isEqualTo("write");
    assertThat(stored.mediaType()).isEqualTo("text/markdown");
    assertThat(stored.size()).isEqualTo(Files.size(file));
    assertThat(stored.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(file)));
    assertThat(stored.uri()).startsWith("file:///");
    assertThat(Path.of(URI.create(stored.uri()))).isEqualTo(file);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file is left").hasSize(1);
    }
  }

  @Test
  void replacesAndReadsBack() throws Exception {
    var artifacts = new LocalArtifacts(root);
    artifacts.put("run-1", "t", "data.json", "application/json", text("[1]"));
    Artifact second = artifacts.put("run-1", "t", "data.json", "application/json", text("[1,2]"));

    try (InputStream in = artifacts.open("run-1", "data.json")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("[1,2]");
    }
    assertThat(second.mediaType()).isEqualTo("application/json");
    assertThatThrownBy(() -> artifacts.open("run-1", "missing.json"))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> artifacts.open("run-2", "data.json"))
        .isInstanceOf(NoSuchFileException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape.txt", "a/../../escape.txt", "/etc/passwd", "", ".", "a/.."})
  void refusesNamesThatLeaveTheRunsDirectory(String name) {
    var artifacts = new LocalArtifacts(root);

    assertThatThrownBy(() -> artifacts.put("run-1", "t", name, "text/plain", text("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> artifacts.open("run-1", name))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/b", ""})
  void refusesRunIdsThatAreNotPlainNames(String runId) {
    assertThatThrownBy(
            () -> new LocalArtifacts(root).put(runId, "t", "x.txt", "text/plain", text("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesLinksOutOfTheRunsDirectory() throws Exception {
    var artifacts = new LocalArtifacts(root);
    Files.createDirectories(root.resolve("run-1"));
    Files.createSymbolicLink(root.resolve("run-1/out"), outside);
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("run-1/secret.txt"), outside.resolve("secret.txt"));

    assertThatThrownBy(() -> artifacts.put("run-1", "t", "out/x.txt", "text/plain", text("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> artifacts.put("run-1", "t", "out/new/x.txt", "text/plain", text("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> artifacts.open("run-1", "secret.txt"))
        .isInstanceOf(IllegalArgumentException.class);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).containsExactly(outside.resolve("secret.txt"));
    }
  }
}
