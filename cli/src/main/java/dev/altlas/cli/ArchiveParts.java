package dev.altlas.cli;

import dev.altlas.ai.ModelPort;
import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archiving.Archive;
import dev.altlas.archiving.ArchiveSettings;
import dev.altlas.archiving.RunArchiver;
import dev.altlas.bus.EventBus;
import dev.altlas.run.RunStore;
import dev.altlas.store.jdbc.DatabaseFileException;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.task.TaskSettings;
import java.nio.file.Path;

/**
 * The archive role inside one {@code altlas} process: the archive store (same database as the run
 * store), the search index {@code altlas.search} chooses, the {@link Archive} feeding it, and —
 * when this process runs plans — the subscriber that archives every finished run.
 */
final class ArchiveParts implements AutoCloseable {
  private final ArchiveStore store;
  private final SearchIndex index;
  private final SearchBackend backend;
  private final ArchiveSettings settings;
  private final Archive archive;
  private RunArchiver archiver;

  private ArchiveParts(
      ArchiveStore store, SearchIndex index, SearchBackend backend, ModelPort models) {
    this.store = store;
    this.index = index;
    this.backend = backend;
    this.settings = ArchiveSettings.defaults(backend.name());
    this.archive = Archive.open(store, index, models, settings);
  }

  /**
   * @throws DatabaseFileException when the embedded database cannot be used; the caller knows what
   *     the data directory holds to recover from
   */
  static ArchiveParts open(Path home, TaskSettings settings, JdbcSettings jdbc, ModelPort models)
      throws CliFailure {
    SearchBackend backend = SearchBackend.of(settings);
    ArchiveStore store;
    try {
      store = JdbcArchiveStore.open(jdbc);
    } catch (DatabaseFileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw CliFailure.failed("cannot open the archive store: " + e.getMessage());
    }
    try {
      return new ArchiveParts(store, backend.open(settings, home), backend, models);
    } catch (CliFailure e) {
      store.close();
      throw e;
    } catch (RuntimeException e) {
      store.close();
      throw CliFailure.failed(
          "cannot open the " + backend.kind() + " search index: " + e.getMessage());
    }
  }

  Archive archive() {
    return archive;
  }

  ArchiveStore store() {
    return store;
  }

  SearchIndex index() {
    return index;
  }

  SearchBackend backend() {
    return backend;
  }

  ArchiveSettings settings() {
    return settings;
  }

  /** Archives runs as they finish on {@code bus}, and those that finished unarchived before. */
  synchronized void follow(RunStore runs, EventBus bus) {
    if (archiver == null) {
      archiver = new RunArchiver(runs, store, archive);
      archiver.subscribe(bus);
      try {
        // Runs that finished while no archiver listened (a crash between the run's end and its
        // archiving); a mark in the store keeps this to the runs since the last look.
        archiver.archiveMissing();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Archives one finished run, when this process follows the run store; the background catch-up
   * starts indexing it at once.
   */
  void archiveNow(String runId) throws InterruptedException {
    if (archiver != null) {
      archiver.archive(runId);
    }
  }

  @Override
  public void close() {
    if (archiver != null) {
      archiver.close();
    }
    archive.close();
    index.close();
    store.close();
  }
}
