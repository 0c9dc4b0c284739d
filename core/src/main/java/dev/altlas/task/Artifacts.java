package dev.altlas.task;

import dev.altlas.model.Artifact;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where tasks put the files they produce. Adapters: a local directory (embedded default) and
 * S3-compatible object storage.
 */
public interface Artifacts {

  /**
   * Stores content under {@code runId/name}, replacing what was there.
   *
   * @return the stored artifact with its size, checksum and URI
   */
  Artifact put(String runId, String taskId, String name, String mediaType, InputStream content)
      throws IOException;

  /** The content of a stored artifact. */
  InputStream open(String runId, String name) throws IOException;
}
