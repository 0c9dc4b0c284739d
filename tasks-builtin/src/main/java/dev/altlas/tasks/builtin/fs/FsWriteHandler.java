package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.Output;
import dev.altlas.tasks.builtin.content.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;

/** {@code fs.write}: text or rendered data into a workspace file, atomically and at most once. */
public final class FsWriteHandler implements TaskHandler {
  private final Workspace workspace;

  public FsWriteHandler(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public String type() {
    return "fs.write";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    String path = params.string("path");
    Object content =
        params.get("content").orElseThrow(() -> TaskFailure.badParam("content", "is required"));
    FileFormat format = FileFormat.parse(params.optionalString("format").orElse("text"));
    boolean overwrite = params.bool("overwrite", false);
    WorkspacePath target = workspace.resolve("path", path);
    byte[] bytes = format.render(content).getBytes(StandardCharsets.UTF_8);
    return context.once("write", () -> write(target, path, bytes, overwrite));
  }

  private static Object write(WorkspacePath target, String path, byte[] bytes, boolean overwrite)
      throws TaskFailure {
    if (Files.isDirectory(target.real(), LinkOption.NOFOLLOW_LINKS)) {
      throw new TaskFailure("fs.not_a_file", "'" + path + "' is a directory", false);
    }
    if (!overwrite && Files.exists(target.real(), LinkOption.NOFOLLOW_LINKS)) {
      throw new TaskFailure(
          "fs.exists", "'" + path + "' exists; set overwrite to replace it", false);
    }
    try {
      Files.createDirectories(target.real().getParent());
      AtomicFiles.write(target.real(), bytes);
    } catch (IOException e) {
      throw new TaskFailure(
          "fs.io_error", "cannot write '" + path + "': " + IoProblem.describe(e), false, e);
    }
    return Output.of("path", target.display(), "size", bytes.length, "sha256", Sha256.of(bytes));
  }
}
