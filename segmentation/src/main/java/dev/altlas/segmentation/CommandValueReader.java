package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a command that change from one command to the next (paths, globs, URLs,
 * addresses, quoted text, counts, formats, languages, numbers) with the rule-based planner's own
 * clause splitter and extractors, so that other planners see exactly the values it would put into a
 * plan. One instance may serve many threads.
 */
public final class CommandValueReader {
  private final Map<Language, LanguageReader> readers = new EnumMap<>(Language.class);

  public CommandValueReader() {
    for (Language language : Language.values()) {
      readers.put(language, new LanguageReader(language));
    }
  }

  /** The command's values in text order, none overlapping, with positions in the command. */
  public List<CommandValue> read(String command, Language language) {
    var planned = new PlannedText(command);
    LanguageReader reader = readers.get(language);
    var values = new ArrayList<CommandValue>();
    int from = 0;
    for (Clause clause : reader.clauses(planned.text())) {
      int offset = planned.text().indexOf(clause.text(), from);
      if (offset < 0) {
        continue;
      }
      from = offset + clause.text().length();
      for (CommandValue v : reader.values.find(clause)) {
        values.add(planned.inCommand(v.shifted(offset)));
      }
    }
    return values;
  }

  /** The splitter and value finder of one language. */
  private static final class LanguageReader {
    private final ClauseSplitter splitter;
    private final ClauseValues values;

    LanguageReader(Language language) {
      Lexicon lexicon = Lexicon.of(language);
      this.splitter = new ClauseSplitter(lexicon, new IntentMatcher(lexicon));
      this.values = new ClauseValues(lexicon);
    }

    /** As {@link StepPlanner} splits: a command of connectives alone is one clause. */
    List<Clause> clauses(String text) {
      List<Clause> clauses = splitter.split(text);
      return clauses.isEmpty() ? List.of(Clause.of(text.strip(), false)) : clauses;
    }
  }

  /**
   * The command as the rule-based planner reads it: a "${" typed into a command is text, so the
   * planner writes it as "$ {". Positions in that text map back to the command.
   */
  private static final class PlannedText {
    private final String text;
    private final int[] commandIndex;

    PlannedText(String command) {
      var sb = new StringBuilder(command.length());
      var index = new int[command.length() * 2 + 1];
      for (int i = 0; i < command.length(); i++) {
        index[sb.length()] = i;
        sb.append(command.charAt(i));
        if (command.startsWith("${", i)) {
          index[sb.length()] = i + 1;
          sb.append(' ');
        }
      }
      index[sb.length()] = command.length();
      this.text = sb.toString();
      this.commandIndex = index;
    }

    String text() {
      return text;
    }

    CommandValue inCommand(CommandValue v) {
      return new CommandValue(v.kind(), v.value(), commandIndex[v.start()], commandIndex[v.end()]);
    }
  }
}
