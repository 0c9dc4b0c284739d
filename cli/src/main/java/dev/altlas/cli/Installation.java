package dev.altlas.cli;

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
  private static JdbcSettings storeSettings(AltlasHome home, TaskSettings settings) {
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
        var models = ModelRouterFactory.build(settings);
        handlers = TaskHandlers.discover(new TaskEnvironment(settings, models, clock));
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

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
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
