package dev.altlas.cli;

import dev.altlas.bus.RunEvent;
import dev.altlas.format.DocumentKind;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code altlas run}: plans a command (or reads an {@code .alt} file) and runs it to the end. */
@Command(
    name = "run",
    sortOptions = false,
    description = {
      "Runs a command, in Turkish or English, or an .alt plan file, and waits until it finishes.",
      "Progress goes to stderr; the result's summary (or with --json the .last record) to stdout.",
      "Every finished run is kept in the data directory: see `altlas runs` and `altlas show`."
    },
    footer = {
      "Exit codes: 0 the run succeeded, 1 it did not (or could not start), 2 usage error.",
      "",
      "Examples:",
      "  altlas run \"Summarize the text files in ./samples/docs and list the three most important\"",
      "  altlas run --json plan.alt > result.last.json",
      "  altlas run --input target=./reports plan.alt"
    })
final class RunCommand extends Subcommand {

  @Option(names = "--json", description = "Print the .last record as JSON instead of a summary.")
  boolean json;

  @Mixin PlanningOptions planning;

  @Option(
      names = "--input",
      paramLabel = "NAME=VALUE",
      description = "A value for one of the plan's inputs; repeatable.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Parameters(
      arity = "1..*",
      paramLabel = "COMMAND|FILE",
      description = "What to do, or an .alt file.")
  List<String> words;

  @Override
  int execute() throws Exception {
    Supplier<Plan> plans = preparePlan();
    try (Installation installation = root.installation()) {
      installation.openAheadForRun();
      Plan plan = plans.get();
      var engine = installation.engine();
      var progress =
          new ProgressLines(err(), rawErr(), System.console() != null, plan.tasks().size());
      var runId = new AtomicReference<String>();
      var early = new ArrayList<RunEvent>();
      try (AutoCloseable ignored =
          installation.bus().subscribe("runs.>", e -> route(e, runId, early, progress))) {
        String id;
        try {
          id =
              engine.submit(
                  plan, System.getProperty("user.name", "local"), new LinkedHashMap<>(inputs));
        } catch (InvalidDocumentException e) {
          throw CliFailure.failed("the plan cannot run: " + e.getMessage());
        } catch (IllegalArgumentException e) {
          throw CliFailure.failed(e.getMessage());
        }
        synchronized (early) {
          runId.set(id);
          early.stream().filter(e -> e.runId().equals(id)).forEach(progress::accept);
          early.clear();
        }
        RunResult result = engine.await(id, Duration.ofDays(3650)).orElseThrow();
        progress.end();
        Path last = installation.writeLast(result);
        archive(installation, id);
        if (json) {
          printJson(new DocumentWriter().write(result, Syntax.JSON));
        } else {
          print(RunReport.of(result, plan, last));
        }
        return result.status() == RunStatus.SUCCEEDED ? ExitCodes.OK : ExitCodes.FAILED;
      }
    }
  }

  /** The run is done either way; a failing archive is a warning, and the next start retries. */
  private void archive(Installation installation, String id) throws InterruptedException {
    try {
      installation.archiveFinished(id);
    } catch (RuntimeException e) {
      warn("the run is not archived yet (" + e.getMessage() + "); it is at the next start");
    }
  }

  /** Events may arrive before the run id is known; those are held until it is. */
  private static void route(
      RunEvent e, AtomicReference<String> runId, List<RunEvent> early, ProgressLines progress) {
    synchronized (early) {
      if (runId.get() == null) {
        early.add(e);
        return;
      }
    }
    if (e.runId().equals(runId.get())) {
      progress.accept(e);
    }
  }

  /**
   * What gives the plan: reading the {@code .alt} file, or planning the command. The arguments and
   * the file's text are checked here, so that a usage error opens nothing; the work itself is left
   * to the caller, to overlap opening the installation.
   */
  private Supplier<Plan> preparePlan() throws CliFailure {
    switch (PlanArgument.of(words, Files::isRegularFile)) {
      case PlanArgument.File(Path file) -> {
        if (DocumentKind.fromFileName(file.getFileName().toString()).orElse(DocumentKind.ALT)
            != DocumentKind.ALT) {
          throw new ParameterException(spec.commandLine(), file + " is not an .alt plan");
        }
        String text;
        try {
          text = Files.readString(file);
        } catch (java.io.IOException e) {
          throw CliFailure.usage("cannot read " + file + ": " + e.getMessage());
        }
        return () -> read(file, text);
      }
      case PlanArgument.MissingFile(String name) ->
          throw CliFailure.usage(
              "no such plan file: "
                  + name
                  + "; to run a command, put it in quotes: altlas run \"list the files in ./docs\"");
      case PlanArgument.Command(String command) -> {
        var request = planning.request(command, root.clock().instant(), spec.commandLine());
        return () -> plan(request);
      }
    }
  }

  private Plan read(Path file, String text) throws CliFailure {
    try {
      return new DocumentReader(root.catalog()).readPlan(text);
    } catch (InvalidDocumentException e) {
      throw CliFailure.failed(file + ": " + e.getMessage());
    }
  }

  private Plan plan(PlanRequest request) throws CliFailure {
    try {
      Plan plan = root.planner().plan(request);
      if (plan.planner() != null) {
        plan.planner().warnings().forEach(this::warn);
      }
      PlanOrigin.of(plan).ifPresent(origin -> err().println(origin));
      return plan;
    } catch (PlanningException | IllegalArgumentException e) {
      throw CliFailure.failed(e.getMessage());
    }
  }
}
