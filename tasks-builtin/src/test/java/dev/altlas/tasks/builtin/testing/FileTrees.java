package dev.altlas.tasks.builtin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Trees of files that property tests build once per container (jqwik has no temp directories). */
public final class FileTrees {
  private FileTrees() {}

  /** Deletes a directory with everything in it; links are deleted, not followed. */
  public static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.comparingInt(Path::getNameCount).reversed())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
