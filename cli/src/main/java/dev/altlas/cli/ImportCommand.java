package dev.altlas.cli;

import dev.altlas.format.Syntax;
import dev.altlas.legacy.LegacyFormatException;
import dev.altlas.legacy.LegacyImporter;
import dev.altlas.model.Plan;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altlas import}: a prototype plan in, an {@code .alt} plan out. */
@Command(
    name = "import",
    sortOptions = false,
    description = {
      "Converts a plan of the ALT_LAS prototypes into an .alt plan and prints it.",
      "It reads the segmentation service's YAML (segments[] with task_type and parameters[])"
          + " and the runner's JSON (tasks[] with description and parameters). Steps are mapped"
          + " onto the task catalog where their parameters make the intent clear; the rest become"
          + " 'unsupported' tasks, and warnings on stderr say why."
    },
    footer = {"Example:", "  altlas import legacy/runner-plan.json > plan.alt"})
final class ImportCommand extends Subcommand {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = Choices.SyntaxConverter.class,
      completionCandidates = Choices.Syntaxes.class,
      description = "How to write the plan: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Syntax format;

  @Parameters(
      paramLabel = "FILE",
      description = "The prototype plan, YAML or JSON; - reads standard input.")
  String file;

  @Override
  int execute() {
    Inputs.Input input = Inputs.read(file, root.stdin());
    Plan plan;
    try {
      plan =
          new LegacyImporter(root.catalog())
              .importPlan(input.text(), root.clock().instant().truncatedTo(ChronoUnit.SECONDS));
    } catch (LegacyFormatException e) {
      throw CliFailure.failed(input.name() + ": " + e.getMessage());
    }
    print(Documents.writeValidPlan(plan, format, root.catalog(), "the legacy import"), format);
    if (plan.planner() != null) {
      plan.planner().warnings().forEach(this::warn);
    }
    return ExitCodes.OK;
  }
}
