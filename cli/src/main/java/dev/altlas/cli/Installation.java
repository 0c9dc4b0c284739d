package dev.altlas.cli;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archiving.Archive;
import dev.altlas.archiving.ArchiveSearchHandler;
import dev.altlas.archiving.AtlasDeriver;
import dev.altlas.archiving.AtlasSettings;
import dev.altlas.archiving.Retention;
import dev.altlas.archiving.Uploads;
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
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.run.RunStore;
import dev.altlas.segmentation.atlas.PatternLearner;
import dev.altlas.store.jdbc.DatabaseFileException;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.artifacts.LocalArtifacts;
import dev.altlas.tasks.builtin.fs.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Everything under one {@code ALTLAS_HOME}, wired from its settings: the run store, the bus, the
 * model router, artifacts, the task handlers and (when something runs) the engine. This is the only
 * place that knows every adapter; each concern's adapter is chosen by one setting.
 *
 * <p>Each part opens on first use, so that a command opens only what it needs ({@code altlas
 * search} no run store, {@code altlas runs} no archive), and once: the task handlers and the
 * archive share one model router.
 */
final class Installation implements AutoCloseable {
  private final AltlasHome home;
  private final TaskSettings settings;
  private final Clock clock;
  private final DatabaseOpening database;
  private final OnFirstUse<RunStore> store = new OnFirstUse<>(this::openStore);
  private final OnFirstUse<ModelRouter> models = new OnFirstUse<>(this::buildModels);
  private final OnFirstUse<TaskHandlers> handlers = new OnFirstUse<>(this::discoverHandlers);
  private final OnFirstUse<ArchiveParts> archive = new OnFirstUse<>(this::openArchive);
  private final OnFirstUse<ArchiveParts> following = new OnFirstUse<>(this::followRuns);
  private final InProcessEventBus bus = new InProcessEventBus();
  private final InProcessWorkQueue queue = new InProcessWorkQueue();
  private final List<Thread> openingAhead = new ArrayList<>();
  private RunEngine engine;
  private FileChannel lockFile;
  private AutoCloseable lastFiles;

  private Installation(AltlasHome home, TaskSettings settings, Clock clock) {
    this.home = home;
    this.settings = settings;
    this.clock = clock;
    this.database = new DatabaseOpening(home, settings);
  }

  static Installation open(AltlasHome home, TaskSettings settings, Clock clock) throws CliFailure {
    home.unusable()
        .ifPresent(
            problem -> {
              throw CliFailure.failed(problem);
            });
    try {
      home.create();
      return new Installation(home, settings, clock);
    } catch (IOException e) {
      throw CliFailure.failed(
          "cannot create the data directory " + home.path() + ": " + e.getMessage());
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

  /** The run store, opened on first use. */
  RunStore store() throws CliFailure {
    return store.get();
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
  Archive archive() throws CliFailure {
    return archive.get().archive();
  }

  ArchiveStore archiveStore() throws CliFailure {
    return archive.get().store();
  }

  SearchIndex searchIndex() throws CliFailure {
    return archive.get().index();
  }

  SearchBackend searchBackend() throws CliFailure {
    return archive.get().backend();
  }

  /** Archives uploaded records, keeping them off the ids of this installation's runs. */
  Uploads uploads() throws CliFailure {
    return new Uploads(archive(), store(), clock);
  }

  /** Retention over the run store, the archive and its search index. */
  Retention retention() throws CliFailure {
    ArchiveParts parts = archive.get();
    return new Retention(store(), parts.store(), parts.index(), parts.settings());
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

  /**
   * Starts opening, on threads of their own, what running a plan needs: the run store and then the
   * archive (one after the other: they share a database and its migrations) with its archiver, and
   * the embedding model, which archiving and the local AI tasks use, with the task handlers. So
   * this overlaps the planning that comes first. The accessors wait for a part still opening, and
   * report a failure to open as they would without this.
   */
  void openAheadForRun() {
    openAhead(
        "altlas-open-stores",
        () -> {
          store.get();
          following.get();
        });
    openAhead(
        "altlas-load-models",
        () -> {
          models.get().preload();
          handlers.get();
        });
  }

  /**
   * Starts loading the embedding model, which a search by meaning needs, on a thread of its own.
   */
  void loadModelsAhead() {
    openAhead("altlas-load-models", () -> models.get().preload());
  }

  private synchronized void openAhead(String name, Runnable opening) {
    Runnable quietly =
        () -> {
          try {
            opening.run();
          } catch (RuntimeException e) {
            // Remembered by the part; whoever uses it is told, on its own thread.
          }
        };
    openingAhead.add(Thread.ofPlatform().name(name).start(quietly));
  }

  private RunStore openStore() {
    JdbcSettings jdbc = database.settings();
    try {
      return JdbcRunStore.open(jdbc);
    } catch (RuntimeException e) {
      throw database.failure("run store", e);
    }
  }

  private ArchiveParts openArchive() {
    JdbcSettings jdbc = database.settings();
    try {
      return ArchiveParts.open(home.path(), settings, jdbc, models.get());
    } catch (DatabaseFileException e) {
      throw database.failure("archive store", e);
    }
  }

  /**
   * Lets this installation start a new database, for {@code altlas archive recover}: an empty or
   * damaged embedded database file is moved aside (never deleted), a missing one allowed. Call it
   * before anything opens the database.
   *
   * @return where the unusable file went, if one was moved
   */
  Optional<Path> startDatabaseAfresh() throws CliFailure {
    return database.startAfresh(clock.instant());
  }

  /** The archive, archiving the runs this process finishes and those finished unarchived before. */
  private ArchiveParts followRuns() {
    ArchiveParts parts = archive.get();
    parts.follow(store.get(), bus);
    return parts;
  }

  private ModelRouter buildModels() {
    try {
      return ModelRouterFactory.build(settings);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliFailure.failed("the settings are not usable: " + e.getMessage());
    }
  }

  /**
   * The handlers of every task plugin on the class path, and {@code archive.search}, which searches
   * this installation's archive (opened when a task first searches).
   */
  private TaskHandlers discoverHandlers() {
    var environment = new TaskEnvironment(handlerSettings(), models.get(), clock);
    try {
      var all = new ArrayList<TaskHandler>();
      for (TaskPlugin plugin : ServiceLoader.load(TaskPlugin.class)) {
        all.addAll(plugin.handlers(environment));
      }
      all.add(new ArchiveSearchHandler(() -> archive.get().archive(), clock));
      return new TaskHandlers(all);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw CliFailure.failed("the settings are not usable: " + e.getMessage());
    }
  }

  /**
   * The settings with this installation's data directory, which file tasks must never reach (it
   * holds these very settings); set here, after every other source, so nothing can move it.
   */
  private TaskSettings handlerSettings() {
    var values = new HashMap<>(settings.values());
    values.put(Workspace.DATA_DIRECTORY, home.path().toString());
    return new TaskSettings(values);
  }

  InProcessEventBus bus() {
    return bus;
  }

  RunControl control() throws CliFailure {
    return new RunControl(store());
  }

  Path runsDirectory() {
    return home.runs();
  }

  /**
   * The engine, started on first use; it resumes every unfinished run of this installation and
   * writes each finished run's {@code .last} under {@code runs/}.
   */
  synchronized RunEngine engine() throws CliFailure {
    if (engine == null) {
      engine =
          new RunEngine(
              store(),
              bus,
              queue,
              TaskCatalog.builtin(),
              handlers.get(),
              new LocalArtifacts(home.path().resolve("artifacts")),
              EngineSettings.embedded().withExclusive(onlyEngine()),
              clock);
      lastFiles = bus.subscribe("runs.*.run.finished", e -> writeLast(e.runId()));
      following.get();
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
    } catch (IOException | OverlappingFileLockException e) {
      // Overlapping: another engine of this JVM holds it (commands run in one JVM, as in tests).
      return false;
    }
  }

  void writeLast(String runId) {
    store().result(runId).ifPresent(this::writeLast);
  }

  /**
   * Keeps the run's {@code .last} under {@code runs/}. Both the finished-run subscriber and {@code
   * altlas run} call it; the first writes (atomically, so no reader sees half a file), the other
   * finds it there.
   */
  synchronized Path writeLast(RunResult result) {
    try {
      Path dir = Files.createDirectories(runsDirectory());
      Path file = dir.resolve(result.runId() + EarlierUse.LAST);
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
   * subscriber may still be on its way; archiving twice changes nothing). The atlas is derived
   * again while the background catch-up indexes the run.
   */
  void archiveFinished(String runId) throws CliFailure, InterruptedException {
    ArchiveParts parts = archive.get();
    parts.archiveNow(runId);
    try {
      new AtlasLibrary(home.path(), TaskCatalog.builtin())
          .refresh(atlasDeriver(), parts.store().count(), clock.instant());
    } finally {
      parts.archive().catchUp();
    }
  }

  @Override
  public void close() {
    awaitOpeningAhead();
    if (engine != null) {
      engine.close();
    }
    archive.opened().ifPresent(ArchiveParts::close);
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
    store.opened().ifPresent(RunStore::close);
  }

  /** What opens ahead is closed with the rest, so it has to be there first. */
  private void awaitOpeningAhead() {
    List<Thread> threads;
    synchronized (this) {
      threads = List.copyOf(openingAhead);
    }
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
