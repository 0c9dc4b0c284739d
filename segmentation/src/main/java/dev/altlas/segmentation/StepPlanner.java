package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a command clause by clause, in one language, and adds each clause's tasks to a draft: the
 * clause's values are read, its verb is mapped to a task type, and the type's recipe adds the
 * tasks. A clause whose words fit no type becomes an {@code unsupported} task.
 */
final class StepPlanner {
  private final Lexicon lexicon;
  private final ClauseSplitter splitter;
  private final SlotReader slotReader;
  private final IntentMatcher intents;
  private final Recipes recipes = new Recipes();

  StepPlanner(Language language) {
    this.lexicon = Lexicon.of(language);
    this.intents = new IntentMatcher(lexicon);
    this.splitter = new ClauseSplitter(lexicon, intents);
    this.slotReader = new SlotReader(lexicon);
  }

  /** Plans the command into the draft; returns the clauses it was read as. */
  List<String> plan(String command, PlanDraft draft) {
    List<Clause> clauses = splitter.split(command);
    if (clauses.isEmpty()) {
      clauses = List.of(Clause.of(command.strip(), false)); // only connectives: "and then"
    }
    var readings = new ArrayList<Reading>();
    for (Clause clause : clauses) {
      readings.add(new Reading(clause, slotReader.read(clause)));
    }
    for (int i = readings.size() - 2; i >= 0; i--) {
      // "find and summarize the PDFs in ./docs": the verb shares the next clause's object, and
      // the next clause works on what it found.
      Reading r = readings.get(i);
      Reading next = readings.get(i + 1);
      if (isBareVerb(r.clause) && !next.clause.sequential() && takesObject(r.clause, next)) {
        readings.set(i, new Reading(r.clause, next.slots.withShaping(Shaping.NONE)));
        readings.set(
            i + 1,
            new Reading(next.clause, next.slots.withSources(Sources.NONE).withRefersBack(true)));
      }
    }
    for (Reading r : readings) {
      ClauseIntents found = intents.match(r.clause, r.slots);
      if (found.main() == null) {
        // "compare them": the step is not understood, but the data it points at is known.
        String after =
            r.slots.refersBack()
                ? draft.current().filter(o -> o.taskId() != null).map(Output::taskId).orElse(null)
                : null;
        draft.unsupported(r.clause.text(), reason(found, draft), after);
      } else {
        addClause(r.clause, found, r.slots, draft);
      }
    }
    return clauses.stream().map(Clause::text).toList();
  }

  private void addClause(Clause clause, ClauseIntents found, Slots slots, PlanDraft draft) {
    Intent main = found.main();
    List<Intent> first =
        found.prerequisites().stream()
            .filter(
                p ->
                    withoutDestination(main.type(), slots.sources()).isExplicit()
                        || !producedLast(p.type(), draft))
            .toList();
    if (first.isEmpty()) {
      recipes.forType(main.type()).add(new Step(clause, main, slots), draft);
      return;
    }
    // "email me a summary of ./report.txt": summarise first, then e-mail the summary.
    Sources destination = destination(main.type(), slots.sources());
    Slots prerequisiteSlots = slots.withSources(withoutDestination(main.type(), slots.sources()));
    for (Intent p : first) {
      recipes.forType(p.type()).add(new Step(clause, p, prerequisiteSlots), draft);
      prerequisiteSlots =
          prerequisiteSlots
              .withSources(Sources.NONE)
              .withShaping(Shaping.NONE)
              .withRefersBack(true);
    }
    Slots mainSlots = slots.withSources(destination).withShaping(Shaping.NONE).withRefersBack(true);
    recipes.forType(main.type()).add(new Step(clause, main, mainSlots), draft);
  }

  /** "the summary" right after a summary is the same summary, not a new one. */
  private static boolean producedLast(String type, PlanDraft draft) {
    return draft
        .current()
        .flatMap(o -> draft.task(o.taskId()))
        .map(t -> t.type().equals(type))
        .orElse(false);
  }

  /** Where a step that sends or writes puts its result; the rest of the sources are input. */
  private static Sources destination(String type, Sources sources) {
    return switch (type) {
      case "fs.write" -> sources.lastPathOnly();
      case "notify.webhook", "http.request" -> sources.urlsOnly();
      default -> Sources.NONE;
    };
  }

  private static Sources withoutDestination(String type, Sources sources) {
    return switch (type) {
      case "fs.write" -> sources.withoutLastPath();
      case "notify.webhook", "http.request" -> sources.withoutUrls();
      default -> sources;
    };
  }

  /** Whether the verb works on an object; "approve and send X" approves no X. */
  private boolean takesObject(Clause bare, Reading next) {
    Intent verb = intents.match(bare, next.slots).main();
    return verb != null && !verb.type().equals("approval.wait");
  }

  /** A clause that is only a verb, like "find" in "find and summarize the PDFs". */
  private boolean isBareVerb(Clause clause) {
    if (!clause.literals().isEmpty() || !intents.mentionsAction(clause)) {
      return false;
    }
    List<Word> words = clause.words();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      if (!lexicon.fillers.contains(w)
          && !lexicon.stopWords.contains(w)
          && !intents.isVerbWord(clause, i)) {
        return false;
      }
    }
    return true;
  }

  private static String reason(ClauseIntents found, PlanDraft draft) {
    if (found.unmet() == null) {
      return draft.phrases.say("reasons.no_action");
    }
    Set<IntentEntry.Need> missing = found.missing();
    String needs =
        missing.stream()
            .sorted()
            .map(n -> draft.phrases.say("needs." + n.name().toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining(", "));
    if (needs.isEmpty()) {
      return draft.phrases.say("reasons.out_of_context", "word", found.unmet().surface());
    }
    return draft.phrases.say("reasons.unmet", "word", found.unmet().surface(), "needs", needs);
  }

  /** A clause with its values. */
  private record Reading(Clause clause, Slots slots) {}
}
