package dev.altlas.tasks.builtin.artifacts;

import dev.altlas.model.Artifact;
import dev.altlas.task.Artifacts;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * Artifacts in a local directory (the embedded default): {@code ROOT/RUN_ID/NAME}. Names may have
 * sub-directories ({@code reports/june.md}) but may not leave the run's directory, neither by
 * {@code ..}, an absolute path nor a symbolic link; such names are refused with an {@link
 * IllegalArgumentException}. Writes are atomic, so a reader never sees half an artifact.
 */
public final class LocalArtifacts implements Artifacts {
  private final Path root;

  public LocalArtifacts(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Artifact put(
      String runId, String taskId, String name, String mediaType, InputStream content)
      throws IOException {
    Path target = locate(runId, name);
    Files.createDirectories(root.resolve(runId));
    // Checked before creating sub-directories, so that none is created through a link.
    checkReal(nearestExisting(target.getParent()), runId, name);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".artifact-", ".tmp");
    try {
      MessageDigest digest = Sha256.digest();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
        size = content.transferTo(out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      String type = mediaType == null || mediaType.isBlank() ? MediaTypes.forName(name) : mediaType;
      return new Artifact(
          name, taskId, "data", type, size, Sha256.of(digest), target.toUri().toString());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public InputStream open(String runId, String name) throws IOException {
    Path target = locate(runId, name);
    if (!Files.exists(target)) {
      throw new NoSuchFileException(runId + "/" + name);
    }
    checkReal(target, runId, name);
    return Files.newInputStream(target);
  }

  /** The artifact's path, checked by name alone: one directory per run, no way out of it. */
  private Path locate(String runId, String name) {
    if (runId.isBlank()
        || !runId.equals(Path.of(runId).getFileName().toString())
        || runId.startsWith(".")) {
      throw new IllegalArgumentException("run id '" + runId + "' is not a plain name");
    }
    try {
      Path runDir = root.resolve(runId);
      Path given = Path.of(name);
      Path target = runDir.resolve(given).normalize();
      if (name.isBlank()
          || given.isAbsolute()
          || !target.startsWith(runDir)
          || target.equals(runDir)) {
        throw new IllegalArgumentException(
            "artifact name '" + name + "' must be a relative path inside the run's directory");
      }
      return target;
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("artifact name '" + name + "' is not a valid path", e);
    }
  }

  private static Path nearestExisting(Path path) {
    Path p = path;
    while (!Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }

  /** Refuses a path whose real location (links resolved) is outside the run's directory. */
  private void checkReal(Path existing, String runId, String name) throws IOException {
    Path runDir = root.resolve(runId).toRealPath();
    if (!existing.toRealPath().startsWith(runDir)) {
      throw new IllegalArgumentException(
          "artifact name '" + name + "' leads outside the run's directory through a link");
    }
  }
}
