package dev.altlas.cli;

import dev.altlas.ai.ModelPort;
import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archiving.Archive;
import dev.altlas.archiving.AtlasDeriver;
import dev.altlas.archiving.AtlasSettings;
import dev.altlas.archiving.Retention;
import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.bus.inprocess.InProcessWorkQueue;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.engine.EngineSettings;
import dev.altlas.engine.RunControl;
import dev.altlas.engine.RunEngine;
import dev.altlas.engine.TaskHandlers;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.RunResult;
import dev.altlas.orchestrator.ModelRouterFactory;
import dev.altlas.run.RunStore;
import dev.altlas.segmentation.atlas.PatternLearner;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.artifacts.LocalArtifacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Everything under one {@code ALTLAS_HOME}, wired from its settings: the run store, the bus, the
 * model router, artifacts, the task handlers and (when something runs) the engine. This is the only
 * place that knows every adapter; each concern's adapter is chosen by one setting.
 */
final class Installation implements AutoCloseable {
  private final AltlasHome home;
  private final TaskSettings settings;
  private final Clock clock;
  private final RunStore store;
  private final InProcessEventBus bus = new InProcessEventBus();
  private final InProcessWorkQueue queue = new InProcessWorkQueue();
  private RunEngine engine;
  private ArchiveParts archive;
  private FileChannel lockFile;
  private AutoCloseable lastFiles;

  private Installation(AltlasHome home, TaskSettings settings, Clock clock, RunStore store) {
    this.home = home;
    this.settings = settings;
    this.clock = clock;
    this.store = store;
  }

  static Installation open(AltlasHome home, TaskSettings settings, Clock clock) throws CliFailure {
    try {
      home.create();
      return new Installation(
          home, settings, clock, JdbcRunStore.open(storeSettings(home, settings)));
    } catch (IOException e) {
      throw CliFailure.failed(
          "cannot create the data directory " + home.path() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw CliFailure.failed("cannot open the run store: " + e.getMessage());
    }
  }

  /** {@code altlas.store.url} (with {@code .user}, {@code .password}), else H2 under the home. */
  static JdbcSettings storeSettings(AltlasHome home, TaskSettings settings) {
    return settings
        .get("altlas.store.url")
        .map(
            url ->
                new JdbcSettings(
                    url,
                    settings.get("altlas.store.user", ""),
                    settings.get("altlas.store.password", "")))
        .orElseGet(() -> JdbcSettings.embedded(home.path()));
  }

  RunStore store() {
    return store;
  }

  TaskSettings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  Path home() {
    return home.path();
  }

  /** The archive, opened on first use (its store, the configured search index, catch-up). */
  synchronized Archive archive() throws CliFailure {
    return archiveParts().archive();
  }

  ArchiveStore archiveStore() throws CliFailure {
    return archiveParts().store();
  }

  SearchIndex searchIndex() throws CliFailure {
    return archiveParts().index();
  }

  SearchBackend searchBackend() throws CliFailure {
    return archiveParts().backend();
  }

  /** Retention over the run store, the archive and its search index. */
  Retention retention() throws CliFailure {
    ArchiveParts parts = archiveParts();
    return new Retention(store, parts.store(), parts.index(), parts.settings());
  }

  /**
   * With {@code altlas.retention} set (e.g. {@code 90d}), every engine start purges what finished
   * longer ago, in batches; {@code altlas archive purge} does the same on demand.
   */
  private void applyRetention() throws CliFailure {
    String age = settings.get("altlas.retention", "").strip();
    if (age.isEmpty()) {
      return;
    }
    try {
      retention().purge(clock.instant().minus(TimeArgument.age(age)), 500);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("altlas.retention must be an age like 90d or 36h, was '" + age + "'");
    }
  }

  /** Derives {@code .atlas} knowledge from the archive. */
  AtlasDeriver atlasDeriver() throws CliFailure {
    return new AtlasDeriver(
        archiveStore(),
        bus,
        TaskCatalog.builtin(),
        new PatternLearner(TaskCatalog.builtin())::learn,
        AtlasSettings.defaults().withSource(home.path().toString()),
        clock);
  }

  private synchronized ArchiveParts archiveParts() throws CliFailure {
    if (archive == null) {
      archive = ArchiveParts.open(home.path(), settings, storeSettings(home, settings), models());
    }
    return archive;
  }

  private ModelPort models() throws CliFailure {
    try {
      return ModelRouterFactory.build(settings);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliFailure.failed("the settings are not usable: " + e.getMessage());
    }
  }

  InProcessEventBus bus() {
    return bus;
  }

  RunControl control() {
    return new RunControl(store);
  }

  Path runsDirectory() {
    return home.path().resolve("runs");
  }

  /**
   * The engine, started on first use; it resumes every unfinished run of this installation and
   * writes each finished run's {@code .last} under {@code runs/}.
   */
  synchronized RunEngine engine() throws CliFailure {
    if (engine == null) {
      TaskHandlers handlers;
      try {
        handlers = TaskHandlers.discover(new TaskEnvironment(settings, models(), clock));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw CliFailure.failed("the settings are not usable: " + e.getMessage());
      }
      engine =
          new RunEngine(
              store,
              bus,
              queue,
              TaskCatalog.builtin(),
              handlers,
              new LocalArtifacts(home.path().resolve("artifacts")),
              EngineSettings.embedded().withExclusive(onlyEngine()),
              clock);
      lastFiles = bus.subscribe("runs.*.run.finished", e -> writeLast(e.runId()));
      archiveParts().follow(store, bus);
      applyRetention();
      engine.resumeUnfinished();
    }
    return engine;
  }

  /**
   * Whether no other engine uses this home: an OS lock that dies with its process, so when it is
   * free every running task found in the store belonged to a process that is gone.
   */
  private boolean onlyEngine() {
    try {
      lockFile =
          FileChannel.open(
              home.path().resolve("engine.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      FileLock lock = lockFile.tryLock();
      return lock != null;
    } catch (IOException e) {
      return false;
    }
  }

  void writeLast(String runId) {
    store.result(runId).ifPresent(this::writeLast);
  }

  /**
   * Keeps the run's {@code .last} under {@code runs/}. Both the finished-run subscriber and {@code
   * altlas run} call it; the first writes (atomically, so no reader sees half a file), the other
   * finds it there.
   */
  synchronized Path writeLast(RunResult result) {
    try {
      Path dir = Files.createDirectories(runsDirectory());
      Path file = dir.resolve(result.runId() + ".last");
      if (!Files.exists(file)) {
        Path temp = Files.createTempFile(dir, result.runId(), ".tmp");
        Files.writeString(temp, new DocumentWriter().write(result, Syntax.YAML));
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Archives a finished run now and makes it searchable before this process ends (the bus
   * subscriber may still be on its way; archiving twice changes nothing).
   */
  void archiveFinished(String runId) throws CliFailure, InterruptedException {
    ArchiveParts parts = archiveParts();
    parts.archiveNow(runId);
    new AtlasLibrary(home.path(), TaskCatalog.builtin())
        .refresh(atlasDeriver(), parts.store().count(), clock.instant());
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
    if (archive != null) {
      archive.close();
    }
    try {
      if (lastFiles != null) {
        lastFiles.close();
      }
      if (lockFile != null) {
        lockFile.close();
      }
    } catch (Exception e) {
      // Closing is best effort; the process is about to end.
    }
    queue.close();
    bus.close();
    store.close();
  }
}
