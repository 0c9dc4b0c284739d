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

  @Test
  void aKeyTooLongForAnyStoreFailsForGoodAndSaysWhy() throws Exception {
    String huge = "k".repeat(10_000);

    var putFailure =
        failure(
            () ->
                put.execute(InMemoryTaskContext.of(artifacts, Map.of("key", huge, "content", "x"))),
            "task.bad_param",
            false);
    var getFailure =
        failure(
            () -> get.execute(InMemoryTaskContext.of(artifacts, Map.of("key", huge))),
            "task.bad_param",
            false);

    for (var f : List.of(putFailure, getFailure)) {
      assertThat(f.getMessage())
          .isEqualTo(
              "parameter 'key' is a storage key of 10,000 characters; a storage key has at most"
                  + " 1,024")
          .doesNotContain(artifacts.toString());
    }
    var part =
        failure(
            () ->
                put.execute(
                    InMemoryTaskContext.of(
                        artifacts, Map.of("key", "dir/" + "é".repeat(200), "content", "x"))),
            "task.bad_param",
            false);
    assertThat(part.getMessage())
        .contains(
            "a part of 400 bytes", "each part of a storage key between slashes has at most 255");
  }

  @Test
  void keysUpToTheLimitAreStored() throws Exception {
    String deep = String.join("/", java.util.Collections.nCopies(4, "p".repeat(250)));

    Map<?, ?> stored =
        (Map<?, ?>)
            put.execute(InMemoryTaskContext.of(artifacts, Map.of("key", deep, "content", "x")));

    assertThat(stored.get("size")).isEqualTo(1L);
  }

  @Test
  void storageFailuresDoNotShowWhereTheArtifactsLie() throws Exception {
    put.execute(InMemoryTaskContext.of(artifacts, Map.of("key", "a", "content", "x")));

    var f =
        failure(
            () ->
                put.execute(
                    InMemoryTaskContext.of(artifacts, Map.of("key", "a/b", "content", "y"))),
            "storage.unavailable",
            true);

    assertThat(f.getMessage())
        .startsWith("cannot store 'a/b': ")
        .doesNotContain(artifacts.toString(), "java.", "Exception");
  }
}
