package dev.altlas.cli;

import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.RunResult;
import dev.altlas.run.RunRecord;
import dev.altlas.run.TaskRecord;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altlas show RUN_ID}: a finished run's result, or where an unfinished run is. */
@Command(
    name = "show",
    description = "Shows a run: its result when finished, its tasks' states until then.")
final class ShowCommand extends Subcommand {

  @Option(names = "--json", description = "Print the .last record (finished runs) as JSON.")
  boolean json;

  @Parameters(paramLabel = "RUN_ID", description = "The run, as `altlas runs` lists it.")
  String runId;

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      Optional<RunRecord> run = inst.store().findRun(runId);
      if (run.isEmpty()) {
        throw CliFailure.failed("there is no run '" + runId + "'; `altlas runs` lists them");
      }
      Optional<RunResult> result = inst.store().result(runId);
      if (result.isPresent()) {
        if (json) {
          printJson(new DocumentWriter().write(result.get(), Syntax.JSON));
        } else {
          print(
              RunReport.of(
                  result.get(),
                  run.get().plan(),
                  inst.runsDirectory().resolve(runId + EarlierUse.LAST)));
        }
        return ExitCodes.OK;
      }
      if (json) {
        throw CliFailure.failed(
            "run " + runId + " has not finished, so it has no .last record yet");
      }
      RunRecord r = run.get();
      out()
          .printf(
              "run %s is %s%s%n",
              runId,
              r.state().name().toLowerCase(Locale.ROOT),
              r.cancelRequested() ? " (cancelling)" : "");
      for (TaskRecord t : inst.store().tasks(runId)) {
        out()
            .printf(
                Locale.ROOT,
                "  %-16s %-18s attempts %d%s%n",
                t.key(),
                t.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                t.attempts(),
                t.error() == null
                    ? ""
                    : "  (" + t.error().code() + ": " + t.error().message() + ")");
      }
      out().flush();
      return ExitCodes.OK;
    }
  }
}
