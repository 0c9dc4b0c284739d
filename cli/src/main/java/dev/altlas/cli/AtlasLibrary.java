package dev.altlas.cli;

import dev.altlas.archiving.AtlasDeriver;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code .atlas} files of an installation, under {@code $ALTLAS_HOME/atlas/}: {@code
 * derived.atlas}, what this installation's archive teaches, and {@code imported/*.atlas}, what
 * other installations taught. Planning reads the files only, so {@code altlas plan} never opens the
 * database; {@code altlas run} refreshes the derived file after archiving a run.
 */
final class AtlasLibrary {
  /**
   * Up to this many archived runs the atlas is derived again after every run (well under a second);
   * beyond, at most every {@link #LARGE_REFRESH}, since deriving reads the whole archive.
   */
  static final long SMALL_ARCHIVE = 20_000;

  static final Duration LARGE_REFRESH = Duration.ofMinutes(10);

  private final Path directory;
  private final TaskCatalog catalog;

  AtlasLibrary(Path home, TaskCatalog catalog) {
    this.directory = home.resolve("atlas");
    this.catalog = catalog;
  }

  Path derivedFile() {
    return directory.resolve("derived.atlas");
  }

  Path importedDirectory() {
    return directory.resolve("imported");
  }

  /** Derives the atlas from the archive now and keeps it as {@code derived.atlas}. */
  Atlas derive(AtlasDeriver deriver) {
    Atlas atlas = deriver.derive();
    write(atlas, derivedFile());
    return atlas;
  }

  /** After a run: derives again unless the archive is large and the file recent. */
  void refresh(AtlasDeriver deriver, long archivedRuns, Instant now) {
    if (archivedRuns > SMALL_ARCHIVE && Files.exists(derivedFile())) {
      try {
        Instant written = Files.getLastModifiedTime(derivedFile()).toInstant();
        if (written.plus(LARGE_REFRESH).isAfter(now)) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    derive(deriver);
  }

  /**
   * What planning reuses: the derived atlas, with the command patterns of every imported one after
   * its own (a pattern id seen twice is kept once, the derived one first).
   */
  Atlas current() {
    Atlas derived = read(derivedFile());
    List<Atlas> imported = imported();
    if (imported.isEmpty()) {
      return derived != null ? derived : empty();
    }
    Map<String, CommandPattern> patterns = new LinkedHashMap<>();
    if (derived != null) {
      derived.patterns().forEach(p -> patterns.putIfAbsent(p.id(), p));
    }
    imported.forEach(a -> a.patterns().forEach(p -> patterns.putIfAbsent(p.id(), p)));
    Atlas base = derived != null ? derived : empty();
    return new Atlas(
        base.formatVersion(),
        base.generatedAt(),
        base.source(),
        base.runsAnalysed(),
        new ArrayList<>(patterns.values()),
        base.stats(),
        base.failures(),
        base.alerts());
  }

  /** Keeps a validated atlas of another installation; returns where. */
  Path keepImported(Atlas atlas, String fileName) {
    String name = fileName.replaceAll("(\\.atlas)?(\\.ya?ml|\\.json)?$", "");
    Path target = importedDirectory().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".atlas");
    write(atlas, target);
    return target;
  }

  List<Atlas> imported() {
    Path dir = importedDirectory();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".atlas"))
          .sorted()
          .map(this::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Atlas read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new DocumentReader(catalog).readAtlas(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidDocumentException e) {
      throw CliFailure.failed(file + " is not a valid .atlas: " + e.getMessage());
    }
  }

  private static void write(Atlas atlas, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "atlas", ".tmp");
      Files.writeString(temp, new DocumentWriter().write(atlas, Syntax.YAML));
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Atlas empty() {
    return new Atlas(
        Atlas.FORMAT_VERSION, Instant.EPOCH, "", 0, List.of(), List.of(), List.of(), List.of());
  }
}
