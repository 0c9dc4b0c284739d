package dev.altlas.tasks.builtin.storage;

import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Output;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Base64;
import java.util.Map;

/**
 * {@code storage.get}: an artifact of this run. JSON comes back as data, other text as text, and
 * anything else base64-encoded (with {@code content_encoding: base64}). The media type is judged
 * from the key, as the {@code Artifacts} port does not return the stored one.
 */
public final class StorageGetHandler implements TaskHandler {
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @Override
  public String type() {
    return "storage.get";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    String key = context.params().string("key");
    StorageKey.check("key", key);
    byte[] bytes = read(context, key);
    String mediaType = MediaTypes.forName(key);
    Map<String, Object> out = Output.of("key", key, "content", null, "size", bytes.length);
    String text = utf8(bytes);
    if (text == null) {
      out.put("content", Base64.getEncoder().encodeToString(bytes));
      out.put("content_encoding", "base64");
    } else {
      out.put("content", MediaTypes.isJson(mediaType) ? Json.parse(text).orElse(text) : text);
    }
    out.put(
        "media_type",
        text != null && mediaType.equals(MediaTypes.OCTET_STREAM) ? "text/plain" : mediaType);
    return out;
  }

  private static byte[] read(TaskContext context, String key) throws TaskFailure {
    try (InputStream in = context.artifacts().open(context.runId(), key)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new TaskFailure(
            "storage.too_large", "'" + key + "' is larger than " + MAX_BYTES + " bytes", false);
      }
      return bytes;
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new TaskFailure(
          "storage.not_found", "this run stored nothing under '" + key + "'", false, e);
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("key", e.getMessage());
    } catch (IOException e) {
      throw new TaskFailure(
          "storage.unavailable", "cannot read '" + key + "': " + IoProblem.describe(e), true, e);
    }
  }

  /** The bytes as text when they are valid UTF-8 without NUL characters, else null. */
  private static String utf8(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
