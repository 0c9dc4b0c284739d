package dev.altlas.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code altlas resume}: carries on every run left unfinished (a killed process, a closed terminal)
 * and waits until they have all finished. {@code altlas run} resumes them too, beside its own run.
 */
@Command(
    name = "resume",
    description = "Carries on every unfinished run of this data directory and waits for them.")
final class ResumeCommand extends Subcommand {

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      List<String> unfinished = inst.store().unfinishedRuns();
      if (unfinished.isEmpty()) {
        out().println("no unfinished runs");
        out().flush();
        return ExitCodes.OK;
      }
      err().println("resuming " + String.join(", ", unfinished));
      err().flush();
      var engine = inst.engine();
      for (String runId : unfinished) {
        var result = engine.await(runId, java.time.Duration.ofDays(3650)).orElseThrow();
        inst.archiveFinished(runId);
        out().println(runId + ": " + result.summary());
        out().flush();
      }
      return ExitCodes.OK;
    }
  }
}
