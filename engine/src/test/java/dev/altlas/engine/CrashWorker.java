package dev.altlas.engine;

import dev.altlas.bus.inprocess.InProcessEventBus;
import dev.altlas.bus.inprocess.InProcessWorkQueue;
import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.ParamType;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.PlanTask;
import dev.altlas.run.RunStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The process {@link CrashRecoveryTest} kills: on its first start it submits the runs; on every
 * start it resumes what is unfinished and exits 0 once every run has finished.
 *
 * <p>Its task ({@code crash.effect}) sleeps a little and creates one file per task key — its side
 * effect, under the task's idempotency key — and appends a line to {@code performed.log} each time
 * the effect's code actually runs.
 */
public final class CrashWorker {
  static final int RUNS = 12;
  static final TaskCatalog CATALOG =
      new TaskCatalog(
          List.of(
              new TaskType(
                  "crash.effect",
                  "test",
                  "a keyed side effect",
                  true,
                  "{file}",
                  List.of(
                      new ParamSpec(
                          "sleep_ms", ParamType.INTEGER, true, "pause", null, List.of(), null),
                      new ParamSpec(
                          "items", ParamType.LIST, false, "list", null, List.of(), null)))));

  private CrashWorker() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path effects = Files.createDirectories(dir.resolve("effects"));
    try (RunStore store = JdbcRunStore.open(JdbcSettings.embedded(dir.resolve("home")), CATALOG);
        var bus = new InProcessEventBus();
        var queue = new InProcessWorkQueue();
        var engine =
            new RunEngine(
                store,
                bus,
                queue,
                CATALOG,
                new TaskHandlers(List.of(new Effect(effects))),
                null,
                new EngineSettings(
                    "worker-" + ProcessHandle.current().pid(),
                    4,
                    Map.of(),
                    3,
                    Duration.ofSeconds(2),
                    true,
                    1),
                Clock.systemUTC())) {
      Path submitted = dir.resolve("submitted");
      if (!Files.exists(submitted)) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < RUNS; i++) {
          ids.add(engine.submit(EngineFixture.plan(tasks(i)), "crash", Map.of()));
        }
        Path writing = dir.resolve("submitted.tmp");
        Files.write(writing, ids);
        Files.move(writing, submitted, StandardCopyOption.ATOMIC_MOVE);
      }
      engine.resumeUnfinished();
      while (!store.unfinishedRuns().isEmpty()) {
        Thread.sleep(50);
      }
    }
    System.exit(0);
  }

  /** A diamond with a fan-out: a -> (b, each over a's list) -> d. */
  private static PlanTask[] tasks(int run) {
    int sleep = 30 + run % 4 * 20;
    return new PlanTask[] {
      PlanTask.of(
          "a",
          "crash.effect",
          null,
          Map.of("sleep_ms", sleep, "items", List.of(1, 2, 3, 4)),
          List.of()),
      PlanTask.of("b", "crash.effect", null, Map.of("sleep_ms", sleep), List.of("a")),
      new PlanTask(
          "each",
          "crash.effect",
          null,
          Map.of("sleep_ms", sleep),
          List.of("a"),
          "${tasks.a.output.items}",
          2,
          null,
          null,
          null,
          null,
          null),
      PlanTask.of("d", "crash.effect", null, Map.of("sleep_ms", sleep), List.of("b", "each"))
    };
  }

  private record Effect(Path effects) implements TaskHandler {
    @Override
    public String type() {
      return "crash.effect";
    }

    @Override
    public Object execute(TaskContext ctx) throws TaskFailure, InterruptedException {
      Thread.sleep(ctx.params().integer("sleep_ms", 0));
      Object file =
          ctx.once(
              "write",
              () -> {
                String name = ctx.runId() + "_" + ctx.taskKey().replace('[', '_').replace(']', '_');
                append(effects.resolve("performed.log"), name);
                try {
                  Files.writeString(
                      effects.resolve(name),
                      "attempt " + ctx.attempt(),
                      StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException e) {
                  // Done before the crash but not yet recorded: the key makes it idempotent.
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return name;
              });
      return Map.of("file", file, "items", ctx.params().get("items").orElse(List.of()));
    }

    private static void append(Path log, String line) {
      try {
        Files.writeString(
            log,
            line + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
