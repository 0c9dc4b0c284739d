package dev.altlas.cli;

import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import dev.altlas.plan.PlanningException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altlas plan}: a command in, an {@code .alt} plan out. */
@Command(
    name = "plan",
    sortOptions = false,
    description = {
      "Turns a command, in Turkish or English, into an .alt plan and prints it.",
      "The same command, options and seed always give the same plan (only created_at changes)."
    },
    footer = {
      "Examples:",
      "  altlas plan \"Summarize the text files in ./docs and email the three most",
      "               important to me@example.com\"",
      "  altlas plan --format json \"Dosyaları sırala ve en büyük 10 tanesini göster\"",
      "  altlas plan --mode chaos --chaos-level 3 --seed 7 \"list ./logs\" > plan.alt"
    })
final class PlanCommand extends Subcommand {
  @Mixin PlanningOptions planning;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = Choices.SyntaxConverter.class,
      completionCandidates = Choices.Syntaxes.class,
      description = "How to write the plan: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Syntax format;

  @Parameters(
      arity = "1..*",
      paramLabel = "COMMAND",
      description = "What to do, in quotes; several words are joined with spaces.")
  List<String> words;

  @Override
  int execute() {
    var request =
        planning.request(
            String.join(" ", words).strip(), root.clock().instant(), spec.commandLine());
    var planner = root.planner();
    Plan plan;
    try {
      plan = planner.plan(request);
    } catch (PlanningException e) {
      throw CliFailure.failed(e.getMessage());
    }
    String text =
        Documents.writeValidPlan(
            plan, format, root.catalog(), "the " + planner.name() + " planner");
    print(text, format);
    if (plan.planner() != null) {
      plan.planner().warnings().forEach(this::warn);
    }
    PlanOrigin.of(plan).ifPresent(origin -> err().println(origin));
    return ExitCodes.OK;
  }
}
