package dev.altlas.segmentation;

import dev.altlas.model.Persona;
import java.util.Locale;
import java.util.Map;

/**
 * How a persona writes: the system text of its AI steps, how freely its models write, how long its
 * summaries are, and how its e-mails are titled. The texts are in the plan's language.
 */
final class PersonaVoice {
  private static final Map<Persona, Double> TEMPERATURE =
      Map.of(
          Persona.TECHNICAL_EXPERT, 0.2,
          Persona.CREATIVE_WRITER, 0.9,
          Persona.RESEARCHER, 0.3,
          Persona.PROJECT_MANAGER, 0.4,
          Persona.DATA_ANALYST, 0.2,
          Persona.EDUCATOR, 0.5);
  private static final Map<Persona, Integer> SUMMARY_SENTENCES =
      Map.of(
          Persona.TECHNICAL_EXPERT, 3,
          Persona.CREATIVE_WRITER, 5,
          Persona.RESEARCHER, 5,
          Persona.PROJECT_MANAGER, 3,
          Persona.DATA_ANALYST, 3,
          Persona.EDUCATOR, 5);
  private static final int SUBJECT_COMMAND_LENGTH = 60;

  private final Persona persona;
  private final Phrases phrases;

  PersonaVoice(Persona persona, Phrases phrases) {
    this.persona = persona;
    this.phrases = phrases;
  }

  /** The instructions an ai.generate step gets. */
  String system() {
    return phrases.say("personas." + key() + ".system");
  }

  double temperature() {
    return TEMPERATURE.get(persona);
  }

  int summarySentences() {
    return SUMMARY_SENTENCES.get(persona);
  }

  /** An e-mail subject for the results of a command. */
  String subject(String command) {
    String shortened =
        command.length() <= SUBJECT_COMMAND_LENGTH
            ? command
            : command.substring(0, SUBJECT_COMMAND_LENGTH).strip() + "…";
    return phrases.say("personas." + key() + ".subject", "command", shortened);
  }

  private String key() {
    return persona.name().toLowerCase(Locale.ROOT);
  }
}
