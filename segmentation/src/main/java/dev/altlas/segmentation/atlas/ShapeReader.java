package dev.altlas.segmentation.atlas;

import dev.altlas.segmentation.CommandValue;
import dev.altlas.segmentation.CommandValueReader;
import dev.altlas.segmentation.Language;
import dev.altlas.segmentation.LanguageDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads commands into shapes with the rule-based planner's language detection and extractors. */
final class ShapeReader {
  /** The rule-based planner reads no longer command; neither is one worth a pattern. */
  private static final int MAX_COMMAND_LENGTH = 4000;

  private final CommandValueReader values = new CommandValueReader();
  private final LanguageDetector detector = new LanguageDetector();

  /**
   * @param languageCode the language the command is in, or null to detect it
   * @return empty for a command the rule-based planner could not read either: blank, too long, or
   *     in a language it does not know
   */
  Optional<CommandShape> read(String command, String languageCode) {
    if (command == null
        || command.length() > MAX_COMMAND_LENGTH
        || command.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.empty();
    }
    Optional<Language> language =
        languageCode == null
            ? Optional.of(detector.detect(command))
            : Language.fromCode(languageCode);
    return language.map(l -> new CommandShape(l, command, disjoint(values.read(command, l))));
  }

  /** The values in order, dropping any that overlaps an earlier one. */
  private static List<CommandValue> disjoint(List<CommandValue> read) {
    var kept = new ArrayList<CommandValue>();
    int end = 0;
    for (CommandValue v :
        read.stream().sorted(Comparator.comparingInt(CommandValue::start)).toList()) {
      if (v.start() >= end && v.end() > v.start()) {
        kept.add(v);
        end = v.end();
      }
    }
    return kept;
  }
}
