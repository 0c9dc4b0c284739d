package dev.altlas.cli;

import dev.altlas.store.jdbc.DatabaseFileException;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.task.TaskSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opening an installation's database with what its data directory knows. The embedded database
 * missing where runs were kept before is not silently replaced by an empty one; an empty or damaged
 * one is named with what the directory still holds to recover from; {@code altlas archive recover}
 * may start afresh. A database at {@code altlas.store.url} is the operator's to look after.
 */
final class DatabaseOpening {
  private static final DateTimeFormatter ASIDE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final AltlasHome home;
  private final JdbcSettings jdbc;
  private final boolean embedded;
  private boolean startingAfresh;

  DatabaseOpening(AltlasHome home, TaskSettings settings) {
    this.home = home;
    this.embedded = settings.get("altlas.store.url").isEmpty();
    this.jdbc = Installation.storeSettings(home, settings);
  }

  /**
   * The database's settings, once it is clear that opening it loses nothing.
   *
   * @throws CliFailure when the embedded database is missing but the directory was used before
   */
  JdbcSettings settings() throws CliFailure {
    Path file = JdbcSettings.embeddedFile(home.path());
    if (embedded && !startingAfresh && !Files.exists(file)) {
      EarlierUse earlier = EarlierUse.of(home);
      if (earlier.any()) {
        throw CliFailure.failed(
            "the database "
                + file
                + " is missing, but this data directory was used before ("
                + earlier.describe()
                + "): a new, empty database would start beside them",
            List.of(
                "  Restore the database from a backup; or run `altlas archive recover`, which starts"
                    + " a new one and puts the run records back into the archive."));
      }
    }
    return jdbc;
  }

  /** A failure to open the database, for a person: what is wrong and what can be done. */
  CliFailure failure(String part, RuntimeException e) {
    if (!(e instanceof DatabaseFileException file)) {
      return CliFailure.failed("cannot open the " + part + ": " + e.getMessage());
    }
    var details = new ArrayList<String>();
    boolean lost =
        file.problem() == DatabaseFileException.Problem.EMPTY
            || file.problem() == DatabaseFileException.Problem.DAMAGED;
    int records = EarlierUse.of(home).lastFiles().size();
    if (embedded && lost && records > 0) {
      details.add(
          "  The "
              + Documents.count(records, "run record")
              + " under "
              + home.runs()
              + " survive it: `altlas archive recover` moves the file aside, starts a new"
              + " database and puts them back into the archive.");
    }
    return CliFailure.failed(e.getMessage(), details);
  }

  /**
   * Lets a new database start: moves an empty or damaged embedded database file aside (renamed,
   * never deleted) and allows a missing one. For {@code altlas archive recover}.
   *
   * @return where the unusable file went, if one was moved
   */
  Optional<Path> startAfresh(Instant now) throws CliFailure {
    startingAfresh = true;
    Path file = JdbcSettings.embeddedFile(home.path());
    if (!embedded || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (JdbcRunStore opened = JdbcRunStore.open(jdbc)) {
      return Optional.empty();
    } catch (DatabaseFileException e) {
      if (e.problem() != DatabaseFileException.Problem.EMPTY
          && e.problem() != DatabaseFileException.Problem.DAMAGED) {
        throw failure("database", e);
      }
      Path aside =
          file.resolveSibling(
              file.getFileName()
                  + "."
                  + e.problem().name().toLowerCase(Locale.ROOT)
                  + "-"
                  + ASIDE.format(now));
      try {
        return Optional.of(Files.move(file, aside));
      } catch (IOException moving) {
        throw CliFailure.failed("cannot move " + file + " aside: " + moving.getMessage());
      }
    } catch (RuntimeException e) {
      throw failure("database", e);
    }
  }
}
