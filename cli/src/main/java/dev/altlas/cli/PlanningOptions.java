package dev.altlas.cli;

import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.plan.PlanRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a command is to be planned: the options {@code plan} and {@code run} share. */
final class PlanningOptions {
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

  /**
   * @throws ParameterException naming the option that is wrong
   */
  PlanRequest request(String command, Instant now, CommandLine commandLine) {
    if (command.isEmpty()) {
      throw new ParameterException(
          commandLine, "the command is empty; say what to do, e.g. \"list the files in ./docs\"");
    }
    if (chaosLevel != null && mode != Mode.CHAOS) {
      throw new ParameterException(commandLine, "--chaos-level is only allowed with --mode chaos");
    }
    if (chaosLevel != null && (chaosLevel < 1 || chaosLevel > 10)) {
      throw new ParameterException(commandLine, "--chaos-level must be 1 to 10, was " + chaosLevel);
    }
    String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    if (lang != null && !LANGUAGE.matcher(lang).matches()) {
      throw new ParameterException(
          commandLine, "--language takes a language code such as tr or en, not '" + language + "'");
    }
    return new PlanRequest(
        command, lang, mode, persona, chaosLevel, seed, now.truncatedTo(ChronoUnit.SECONDS));
  }
}
