package dev.altlas.cli;

import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "normal",
      converter = Choices.ModeConverter.class,
      completionCandidates = Choices.Modes.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Option(
      names = "--persona",
      paramLabel = "PERSONA",
      defaultValue = "technical_expert",
      converter = Choices.PersonaConverter.class,
      completionCandidates = Choices.Personas.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Persona persona;

  @Option(
      names = "--chaos-level",
      paramLabel = "N",
      description = "1 to 10; only with --mode chaos, where it defaults to 5.")
  Integer chaosLevel;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "0",
      description =
          "Makes dream, explore and chaos choices repeatable (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description = "The command's language (tr, en, …); detected from the command when not given.")
  String language;

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
    String command = String.join(" ", words).strip();
    if (command.isEmpty()) {
      throw usage("the command is empty; say what to do, e.g. \"list the files in ./docs\"");
    }
    if (chaosLevel != null && mode != Mode.CHAOS) {
      throw usage("--chaos-level is only allowed with --mode chaos");
    }
    if (chaosLevel != null && (chaosLevel < 1 || chaosLevel > 10)) {
      throw usage("--chaos-level must be 1 to 10, was " + chaosLevel);
    }
    String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    if (lang != null && !LANGUAGE.matcher(lang).matches()) {
      throw usage("--language takes a language code such as tr or en, not '" + language + "'");
    }
    var request =
        new PlanRequest(
            command,
            lang,
            mode,
            persona,
            chaosLevel,
            seed,
            root.clock().instant().truncatedTo(ChronoUnit.SECONDS));
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
    print(text);
    if (plan.planner() != null) {
      plan.planner().warnings().forEach(this::warn);
    }
    return ExitCodes.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
