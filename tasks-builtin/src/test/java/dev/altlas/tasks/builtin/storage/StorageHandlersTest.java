package dev.altlas.tasks.builtin.storage;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** storage.put and storage.get through the run's artifacts. */
class StorageHandlersTest {
  @TempDir Path artifacts;
  private final StoragePutHandler put = new StoragePutHandler();
  private final StorageGetHandler get = new StorageGetHandler();

  @Test
  void storesTextAndDataAndReadsThemBack() throws Exception {
    var context =
        InMemoryTaskContext.of(artifacts, Map.of("key", "notes.txt", "content", "merhaba"));

    Map<?, ?> stored = (Map<?, ?>) put.execute(context);
    // Another task of the same run: contexts on one artifact directory share the run's artifacts.
    put.execute(
        InMemoryTaskContext.of(
            artifacts, Map.of("key", "rows", "content", List.of(Map.of("a", 1)))));

    assertThat(stored.get("key")).isEqualTo("notes.txt");
    assertThat(stored.get("size")).isEqualTo(7L);
    assertThat((String) stored.get("uri")).startsWith("file:").endsWith("run-1/notes.txt");
    assertThat((String) stored.get("sha256")).hasSize(64);

    Map<?, ?> text = (Map<?, ?>) get.execute(context.withParams(Map.of("key", "notes.txt")));
    assertThat(text.get("content")).isEqualTo("merhaba");
    assertThat(text.get("media_type")).isEqualTo("text/plain");
    Map<?, ?> rows = (Map<?, ?>) get.execute(context.withParams(Map.of("key", "rows")));
    assertThat(rows.get("content")).asString().contains("\"a\" : 1");
  }

  @Test
  void returnsJsonArtifactsAsDataAndBinaryAsBase64() throws Exception {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("key", "data.json", "content", Map.of("k", List.of(1, 2))));
    put.execute(context);
    context
        .artifacts()
        .put("run-1", "t", "blob.bin", null, new ByteArrayInputStream(new byte[] {0, 1, 2}));

    Map<?, ?> json = (Map<?, ?>) get.execute(context.withParams(Map.of("key", "data.json")));
    Map<?, ?> blob = (Map<?, ?>) get.execute(context.withParams(Map.of("key", "blob.bin")));

    assertThat(json.get("content")).isEqualTo(Map.of("k", List.of(1, 2)));
    assertThat(json.get("media_type")).isEqualTo("application/json");
    assertThat(blob.get("content")).isEqualTo("AAEC");
    assertThat(blob.get("content_encoding")).isEqualTo("base64");
    assertThat(blob.get("media_type")).isEqualTo("application/octet-stream");
  }

  @Test
  void aRetriedPutStoresOnce() throws Exception {
    var context = InMemoryTaskContext.of(artifacts, Map.of("key", "once.txt", "content", "1"));

    Object first = put.execute(context);
    Object second = put.execute(context);

    assertThat(second).isEqualTo(first);
    assertThat(context.performed("put")).isEqualTo(1);
  }

  @Test
  void namesMissingArtifactsAndRefusesEscapingKeys() throws Exception {
    failure(
        () -> get.execute(InMemoryTaskContext.of(artifacts, Map.of("key", "never-stored"))),
        "storage.not_found",
        false);
    failure(
        () ->
            put.execute(
                InMemoryTaskContext.of(artifacts, Map.of("key", "../../x", "content", "x"))),
        "task.bad_param",
        false);
    failure(
        () -> get.execute(InMemoryTaskContext.of(artifacts, Map.of("key", "/etc/passwd"))),
        "task.bad_param",
        false);
  }
}
