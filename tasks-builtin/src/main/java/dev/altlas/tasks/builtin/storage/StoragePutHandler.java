package dev.altlas.tasks.builtin.storage;

import dev.altlas.model.Artifact;
import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Output;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code storage.put}: content stored as an artifact of the run, once. Text is stored as it is and
 * data as JSON; the media type comes from the parameter, else the key's extension, else the kind of
 * content.
 */
public final class StoragePutHandler implements TaskHandler {

  @Override
  public String type() {
    return "storage.put";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    String key = params.string("key");
    StorageKey.check("key", key);
    Object content =
        params.get("content").orElseThrow(() -> TaskFailure.badParam("content", "is required"));
    boolean text = content instanceof String;
    byte[] bytes =
        (text ? (String) content : Json.pretty(content)).getBytes(StandardCharsets.UTF_8);
    String byName = MediaTypes.forName(key);
    String mediaType =
        params
            .optionalString("media_type")
            .orElse(
                !byName.equals(MediaTypes.OCTET_STREAM)
                    ? byName
                    : text ? "text/plain" : "application/json");
    return context.once("put", () -> put(context, key, mediaType, bytes));
  }

  private static Object put(TaskContext context, String key, String mediaType, byte[] bytes)
      throws TaskFailure {
    try {
      Artifact stored =
          context
              .artifacts()
              .put(
                  context.runId(),
                  context.taskId(),
                  key,
                  mediaType,
                  new ByteArrayInputStream(bytes));
      return Output.of(
          "key", key, "uri", stored.uri(), "size", stored.size(), "sha256", stored.sha256());
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("key", e.getMessage());
    } catch (IOException e) {
      throw new TaskFailure(
          "storage.unavailable", "cannot store '" + key + "': " + IoProblem.describe(e), true, e);
    }
  }
}
