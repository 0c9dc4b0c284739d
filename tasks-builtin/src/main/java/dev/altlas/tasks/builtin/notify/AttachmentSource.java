package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.fs.Workspace;
import dev.altlas.tasks.builtin.fs.WorkspacePath;
import dev.altlas.tasks.builtin.storage.StorageKey;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds what an e-mail's {@code attachments} name. An entry is a workspace path or the name of an
 * artifact of this run: {@code {path: …}} is only a workspace file (as {@code fs.write} outputs),
 * {@code {key: …}} only an artifact (as {@code storage.put} outputs), and plain text is the
 * workspace file if it exists, else the artifact.
 */
final class AttachmentSource {
  /** Most mail servers refuse messages above 25 MB, and base64 adds a third. */
  static final long MAX_TOTAL_BYTES = 18L * 1024 * 1024;

  private final Workspace workspace;

  AttachmentSource(Workspace workspace) {
    this.workspace = workspace;
  }

  List<Attachment> read(List<?> entries, TaskContext context) throws TaskFailure {
    var attachments = new ArrayList<Attachment>();
    long total = 0;
    for (Object entry : entries) {
      Attachment a = read(entry, context, MAX_TOTAL_BYTES - total);
      total += a.content().length;
      attachments.add(a);
    }
    return attachments;
  }

  private Attachment read(Object entry, TaskContext context, long budget) throws TaskFailure {
    return switch (entry) {
      case String name -> {
        WorkspacePath file = workspace.resolve("attachments", name);
        yield Files.isRegularFile(file.real())
            ? file(file, name, budget)
            : artifact(name, context, budget);
      }
      case Map<?, ?> m when m.get("path") instanceof String path ->
          file(workspace.resolve("attachments", path), path, budget);
      case Map<?, ?> m when m.get("key") instanceof String key -> artifact(key, context, budget);
      default ->
          throw TaskFailure.badParam(
              "attachments", "must list workspace paths or artifact names, not " + entry);
    };
  }

  private static Attachment file(WorkspacePath file, String name, long budget) throws TaskFailure {
    try (InputStream in = Files.newInputStream(file.real())) {
      return attachment(file.real().getFileName().toString(), in, budget);
    } catch (NoSuchFileException e) {
      throw notFound(name);
    } catch (IOException e) {
      throw new TaskFailure(
          "fs.io_error",
          "cannot read attachment '" + name + "': " + IoProblem.describe(e),
          false,
          e);
    }
  }

  private static Attachment artifact(String name, TaskContext context, long budget)
      throws TaskFailure {
    StorageKey.check("attachments", name);
    try (InputStream in = context.artifacts().open(context.runId(), name)) {
      int slash = name.lastIndexOf('/');
      return attachment(name.substring(slash + 1), in, budget);
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw notFound(name);
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("attachments", e.getMessage());
    } catch (IOException e) {
      throw new TaskFailure(
          "storage.unavailable",
          "cannot read artifact '" + name + "': " + IoProblem.describe(e),
          true,
          e);
    }
  }

  private static Attachment attachment(String fileName, InputStream in, long budget)
      throws IOException, TaskFailure {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
    if (content.length > budget) {
      throw new TaskFailure(
          "notify.too_large",
          "the attachments exceed " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB together",
          false);
    }
    return new Attachment(fileName, MediaTypes.forName(fileName), content);
  }

  private static TaskFailure notFound(String name) {
    return new TaskFailure(
        "notify.attachment_not_found",
        "'" + name + "' is neither a workspace file nor an artifact of this run",
        false);
  }
}
