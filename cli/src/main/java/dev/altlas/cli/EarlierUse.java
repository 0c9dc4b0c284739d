package dev.altlas.cli;

import dev.altlas.format.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a data directory keeps beside its database: the {@code .last} record of every finished run
 * under {@code runs/}, and the search index under {@code search/}. When the embedded database is
 * missing, empty or damaged, they show that the directory was used before, and the records are what
 * {@code altlas archive recover} puts back.
 *
 * @param lastFiles the {@code .last} files under {@code runs/}, by name
 */
record EarlierUse(List<Path> lastFiles, boolean searchIndex) {
  /** How the name of a run's record ends. */
  static final String LAST = "." + DocumentKind.LAST.extension();

  static EarlierUse of(AltlasHome home) {
    return new EarlierUse(lastFiles(home.runs()), hasFiles(home.path().resolve(AltlasHome.SEARCH)));
  }

  boolean any() {
    return !lastFiles.isEmpty() || searchIndex;
  }

  /** E.g. {@code 12 run records under runs/ and a search index}. */
  String describe() {
    String records =
        lastFiles.isEmpty() ? "" : Documents.count(lastFiles.size(), "run record") + " under runs/";
    String index = searchIndex ? "a search index" : "";
    return records.isEmpty() || index.isEmpty() ? records + index : records + " and " + index;
  }

  private static List<Path> lastFiles(Path runs) {
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(runs)) {
      return files.filter(f -> f.getFileName().toString().endsWith(LAST)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
