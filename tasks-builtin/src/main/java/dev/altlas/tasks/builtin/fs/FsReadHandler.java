package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Output;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;

/** {@code fs.read}: a text file's content. Binary and oversized files are refused, not mangled. */
public final class FsReadHandler implements TaskHandler {
  public static final String MAX_BYTES = "altlas.fs.max_bytes";
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final Workspace workspace;
  private final long maxBytes;

  /**
   * @param maxBytes the largest file any task may read; the {@code max_bytes} parameter can only
   *     lower it
   */
  public FsReadHandler(Workspace workspace, long maxBytes) {
    this.workspace = workspace;
    this.maxBytes = maxBytes;
  }

  @Override
  public String type() {
    return "fs.read";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    String path = params.string("path");
    long limit = Math.min(maxBytes, params.integer("max_bytes", maxBytes, 1, Long.MAX_VALUE));
    Charset charset = charset(params.optionalString("encoding").orElse("utf-8"));
    WorkspacePath file = workspace.resolve("path", path);
    if (!Files.exists(file.real())) {
      throw new TaskFailure("fs.not_found", "there is no file '" + path + "'", false);
    }
    if (!Files.isRegularFile(file.real())) {
      throw new TaskFailure("fs.not_a_file", "'" + path + "' is not a regular file", false);
    }
    byte[] bytes = read(file, path, limit);
    for (byte b : bytes) {
      if (b == 0) {
        throw new TaskFailure("fs.binary", "'" + path + "' holds binary data, not text", false);
      }
    }
    String content = decode(bytes, charset, path);
    return Output.of(
        "path",
        file.display(),
        "content",
        content,
        "size",
        bytes.length,
        "media_type",
        MediaTypes.forName(file.real().getFileName().toString()));
  }

  private static byte[] read(WorkspacePath file, String path, long limit) throws TaskFailure {
    try (InputStream in = Files.newInputStream(file.real())) {
      // Reading one byte past the limit catches files that grew after a size check would have run.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new TaskFailure(
            "fs.too_large",
            "'" + path + "' is larger than " + limit + " bytes; raise max_bytes or read less",
            false);
      }
      return bytes;
    } catch (IOException e) {
      throw new TaskFailure(
          "fs.io_error", "cannot read '" + path + "': " + IoProblem.describe(e), false, e);
    }
  }

  private static Charset charset(String name) throws TaskFailure {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw TaskFailure.badParam("encoding", "names no character encoding this system knows");
    }
  }

  private static String decode(byte[] bytes, Charset charset, String path) throws TaskFailure {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new TaskFailure(
          "fs.bad_encoding",
          "'" + path + "' is not valid " + charset.name() + "; give its encoding",
          false);
    }
  }
}
