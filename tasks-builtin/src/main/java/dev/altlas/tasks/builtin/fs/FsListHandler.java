package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.IoProblem;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Output;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** {@code fs.list}: the files under a workspace directory, sorted by path. */
public final class FsListHandler implements TaskHandler {
  /**
   * More entries than a plan can sensibly pass on; beyond it the task fails rather than truncates.
   */
  static final int MAX_ENTRIES = 10_000;

  private final Workspace workspace;

  public FsListHandler(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public String type() {
    return "fs.list";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    String path = params.string("path");
    WorkspacePath dir = workspace.resolve("path", path);
    if (!Files.exists(dir.real())) {
      throw new TaskFailure("fs.not_found", "there is no directory '" + path + "'", false);
    }
    if (!Files.isDirectory(dir.real())) {
      throw new TaskFailure(
          "fs.not_a_directory", "'" + path + "' is a file, not a directory", false);
    }
    var collector =
        new Collector(
            dir.real(),
            GlobFilter.of(params.optionalString("glob").orElse("*")),
            params.bool("include_hidden", false));
    boolean recursive = params.bool("recursive", false);
    try {
      Files.walkFileTree(
          dir.real(),
          EnumSet.noneOf(FileVisitOption.class),
          recursive ? Integer.MAX_VALUE : 1,
          collector);
    } catch (IOException e) {
      throw new TaskFailure(
          "fs.io_error", "cannot list '" + path + "': " + IoProblem.describe(e), false, e);
    }
    if (collector.interrupted) {
      throw new InterruptedException("fs.list interrupted");
    }
    if (collector.entries.size() > MAX_ENTRIES) {
      throw new TaskFailure(
          "fs.too_many",
          "'" + path + "' holds more than " + MAX_ENTRIES + " matching files; narrow the glob",
          false);
    }
    List<Map<String, Object>> files =
        collector.entries.stream()
            .sorted(Comparator.comparing(FileEntry::path))
            .map(FileEntry::toOutput)
            .toList();
    return Output.of("files", files, "count", files.size());
  }

  /** Walks the tree without following links into directories, so it cannot loop or leave. */
  private final class Collector implements FileVisitor<Path> {
    private final Path dir;
    private final GlobFilter glob;
    private final boolean includeHidden;
    private final List<FileEntry> entries = new ArrayList<>();
    private boolean interrupted;

    Collector(Path dir, GlobFilter glob, boolean includeHidden) {
      this.dir = dir;
      this.glob = glob;
      this.includeHidden = includeHidden;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
      if (workspace.isDataDirectory(d, attrs)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return d.equals(dir) || includeHidden || !hidden(d)
          ? FileVisitResult.CONTINUE
          : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (Thread.currentThread().isInterrupted()) {
        interrupted = true;
        return FileVisitResult.TERMINATE;
      }
      if (!includeHidden && hidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      BasicFileAttributes target = attrs.isSymbolicLink() ? linkTarget(file) : attrs;
      Path relative = dir.relativize(file);
      if (target == null || !target.isRegularFile() || !glob.matches(relative)) {
        return FileVisitResult.CONTINUE;
      }
      String name = file.getFileName().toString();
      entries.add(
          new FileEntry(
              workspace.display(file),
              name,
              target.size(),
              target.lastModifiedTime().toInstant(),
              MediaTypes.forName(name)));
      return entries.size() > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      // An unreadable entry is left out rather than failing the whole listing.
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path d, IOException e) {
      return FileVisitResult.CONTINUE;
    }

    /**
     * The attributes of a link's target, or null when the link is broken or leads outside the
     * workspace or into the data directory: such links are left out, so a listing never reveals
     * anything beyond the roots.
     */
    private BasicFileAttributes linkTarget(Path link) {
      try {
        Path real = link.toRealPath();
        return workspace.allows(real)
            ? Files.readAttributes(real, BasicFileAttributes.class)
            : null;
      } catch (IOException e) {
        return null;
      }
    }

    private static boolean hidden(Path p) {
      return p.getFileName().toString().startsWith(".");
    }
  }
}
