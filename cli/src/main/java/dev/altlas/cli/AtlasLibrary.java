package dev.altlas.cli;

import dev.altlas.archiving.AtlasDeriver;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.segmentation.atlas.ImportedAtlas;
import dev.altlas.segmentation.atlas.Knowledge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code .atlas} files of an installation, under {@code $ALTLAS_HOME/atlas/}: {@code
 * derived.atlas}, what this installation's archive teaches, and {@code imported/NAME.atlas}, what
 * other installations taught, each kept as it was imported. Planning reads the files only, so
 * {@code altlas plan} never opens the database; {@code altlas run} refreshes the derived file after
 * archiving a run.
 *
 * <p>A file that cannot be read (damaged, edited by hand, written by another version) never stops
 * planning: it is skipped with one warning that says how to remove it.
 */
final class AtlasLibrary {
  /**
   * Up to this many archived runs the atlas is derived again after every run (well under a second);
   * beyond, at most every {@link #LARGE_REFRESH}, since deriving reads the whole archive.
   */
  static final long SMALL_ARCHIVE = 20_000;

  static final Duration LARGE_REFRESH = Duration.ofMinutes(10);

  private static final String EXTENSION = ".atlas";

  private final Path directory;
  private final DocumentReader reader;

  AtlasLibrary(Path home, TaskCatalog catalog) {
    this.directory = home.resolve("atlas");
    this.reader = new DocumentReader(catalog);
  }

  /**
   * An imported atlas as this installation keeps it.
   *
   * @param atlas empty when the file cannot be used
   * @param problem why it cannot, or null
   */
  record Import(String name, Path file, Instant importedAt, Optional<Atlas> atlas, String problem) {

    /** What planning is told when the file is skipped. */
    String skipped() {
      return "skipped the imported atlas "
          + file
          + ": "
          + problem
          + "; remove it with `altlas atlas remove "
          + name
          + "`";
    }
  }

  Path derivedFile() {
    return directory.resolve("derived" + EXTENSION);
  }

  Path importedDirectory() {
    return directory.resolve("imported");
  }

  /** Derives the atlas from the archive now and keeps it as {@code derived.atlas}. */
  Atlas derive(AtlasDeriver deriver) {
    Atlas atlas = deriver.derive();
    write(new DocumentWriter().write(atlas, Syntax.YAML), derivedFile());
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
   * What planning may reuse: the derived atlas and every imported one that can be read, with a
   * warning for each file skipped.
   */
  Knowledge knowledge() {
    var warnings = new ArrayList<String>();
    Atlas derived = null;
    if (Files.isRegularFile(derivedFile())) {
      try {
        derived = read(derivedFile());
      } catch (RuntimeException e) {
        // Whatever is wrong with the file, planning goes on without it.
        warnings.add(
            "skipped "
                + derivedFile()
                + ": "
                + Main.firstLine(e.getMessage())
                + "; it is derived again after the next run");
      }
    }
    var imported = new ArrayList<ImportedAtlas>();
    for (Import i : imports()) {
      if (i.atlas().isPresent()) {
        imported.add(
            new ImportedAtlas(i.name(), i.file().toString(), i.importedAt(), i.atlas().get()));
      } else {
        warnings.add(i.skipped());
      }
    }
    return new Knowledge(derived, imported, warnings);
  }

  /** Every imported atlas, by name, readable or not. */
  List<Import> imports() {
    Path dir = importedDirectory();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(EXTENSION))
          .sorted()
          .map(this::imported)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Import imported(Path file) {
    String fileName = file.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - EXTENSION.length());
    Instant importedAt;
    try {
      importedAt = Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return new Import(name, file, null, Optional.empty(), "cannot be read: " + e.getMessage());
    }
    try {
      Atlas atlas = read(file);
      List<String> numbers = AtlasNumbers.notFinite(atlas);
      if (!numbers.isEmpty()) {
        return new Import(name, file, importedAt, Optional.empty(), numbers.get(0));
      }
      return new Import(name, file, importedAt, Optional.of(atlas), null);
    } catch (RuntimeException e) {
      // Invalid, unreadable, or a reader failing on it: skipped, never a failed plan.
      return new Import(
          name,
          file,
          importedAt,
          Optional.empty(),
          e instanceof InvalidDocumentException
              ? "not a valid .atlas: " + Main.firstLine(e.getMessage())
              : "cannot be read: " + Main.firstLine(String.valueOf(e.getMessage())));
    }
  }

  /** The name an atlas imported from {@code fileName} is kept under: {@code team.atlas} → team. */
  static String nameOf(String fileName) {
    String name = fileName.replaceAll("(\\.atlas)?(\\.ya?ml|\\.json)?$", "");
    name = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() || name.startsWith(".") ? "imported" + name : name;
  }

  /**
   * Keeps the text of a validated atlas of another installation as it is (so what read at import
   * reads again, whatever its size or syntax); importing a file of the same name replaces it.
   */
  Import keepImported(String text, String fileName) {
    Path target = importedDirectory().resolve(nameOf(fileName) + EXTENSION);
    write(text, target);
    return imported(target);
  }

  /**
   * Removes an imported atlas, given its name or its file (the kept one, or the one it was imported
   * from).
   *
   * @return the file removed
   * @throws CliFailure when there is no such import
   */
  Path remove(String nameOrFile) throws CliFailure {
    Optional<Path> file = importedFile(nameOrFile);
    if (file.isEmpty()) {
      var names = imports().stream().map(Import::name).toList();
      throw CliFailure.failed(
          "there is no imported atlas '"
              + nameOrFile
              + "'; "
              + (names.isEmpty()
                  ? "nothing is imported"
                  : "imported: " + String.join(", ", names) + " (see altlas atlas show)"));
    }
    try {
      Files.delete(file.get());
    } catch (IOException e) {
      throw CliFailure.failed("cannot remove " + file.get() + ": " + e.getMessage());
    }
    return file.get();
  }

  private Optional<Path> importedFile(String nameOrFile) {
    Path dir = importedDirectory().toAbsolutePath().normalize();
    var candidates = new ArrayList<Path>();
    candidates.add(dir.resolve(nameOf(nameOrFile) + EXTENSION));
    try {
      Path given = Path.of(nameOrFile).toAbsolutePath().normalize();
      if (dir.equals(given.getParent())) {
        candidates.addFirst(given);
      }
      if (given.getFileName() != null) {
        candidates.add(dir.resolve(nameOf(given.getFileName().toString()) + EXTENSION));
      }
    } catch (InvalidPathException e) {
      // a name, not a path
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private Atlas read(Path file) {
    try {
      return reader.readAtlas(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String text, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "atlas", ".tmp");
      Files.writeString(temp, text);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
