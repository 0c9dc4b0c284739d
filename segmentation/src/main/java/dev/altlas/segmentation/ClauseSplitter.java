package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a command into clauses at sentence ends, commas, connectives ("and then", "ardından") and
 * Turkish converbs ("sıralayıp" ends a clause: "sort, and then"). Literals are never split.
 * Connectives also join nouns ("PDFs and CSVs", "PDF'leri ve CSV'leri"), so a piece without a verb
 * is joined to its neighbour: to the clause before it in English, to the one after it in Turkish,
 * where the verb comes last.
 */
final class ClauseSplitter {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]+(?=\\s|$)|[\\r\\n]+");

  /** A comma, except inside a number written with a decimal comma ("1,5 MB"). */
  private static final Pattern COMMA = Pattern.compile("(?<!\\d),|,(?!\\d)");

  private final Lexicon lexicon;
  private final IntentMatcher intents;
  private final List<String> verbStems;

  ClauseSplitter(Lexicon lexicon, IntentMatcher intents) {
    this.lexicon = lexicon;
    this.intents = intents;
    this.verbStems =
        lexicon.intents.stream()
            .filter(e -> !e.noun() && !e.nominal())
            .flatMap(e -> e.words().stream())
            .map(p -> p.tokens().get(p.length() - 1))
            .distinct()
            .toList();
  }

  List<Clause> split(String command) {
    String masked = Literals.mask(command, Literals.find(command));
    List<Cut> cuts = cuts(masked);
    var pieces = new ArrayList<Piece>();
    int from = 0;
    boolean sequential = false; // a cut said "then" since the last piece
    for (Cut cut : cuts) {
      if (addPiece(command, from, cut.start, sequential, pieces)) {
        sequential = false;
      }
      sequential |= cut.sequential;
      from = cut.end;
    }
    addPiece(command, from, command.length(), sequential, pieces);
    joinPiecesWithoutVerb(command, pieces);
    return pieces.stream().map(p -> Clause.of(p.text(command), p.sequential)).toList();
  }

  private List<Cut> cuts(String masked) {
    var cuts = new ArrayList<Cut>();
    addMatches(SENTENCE_END.matcher(masked), cuts);
    addMatches(COMMA.matcher(masked), cuts);
    List<Word> words = Folding.words(masked);
    for (int i = 0; i < words.size(); i++) {
      Phrase connective = longestConnectiveAt(words, i);
      if (connective != null) {
        int last = i + connective.length() - 1;
        cuts.add(
            new Cut(
                words.get(i).start(),
                words.get(last).end(),
                lexicon.sequential.contains(connective)));
        i = last;
      } else if (isConverb(words.get(i).text())) {
        cuts.add(new Cut(words.get(i).end(), words.get(i).end(), true));
      }
    }
    cuts.sort(Comparator.comparingInt((Cut c) -> c.start).thenComparingInt(c -> -c.end));
    var disjoint = new ArrayList<Cut>();
    for (Cut c : cuts) {
      if (disjoint.isEmpty() || c.start >= disjoint.get(disjoint.size() - 1).end) {
        disjoint.add(c);
      }
    }
    return disjoint;
  }

  private static void addMatches(Matcher m, List<Cut> cuts) {
    while (m.find()) {
      cuts.add(new Cut(m.start(), m.end(), false));
    }
  }

  /** Connectives match exactly: "sonraki" (next) is not "sonra" (then). */
  private Phrase longestConnectiveAt(List<Word> words, int at) {
    Phrase best = null;
    for (Phrase p : lexicon.connectives) {
      if (at + p.length() <= words.size()
          && (best == null || p.length() > best.length())
          && matchesExactly(words, at, p)) {
        best = p;
      }
    }
    return best;
  }

  private static boolean matchesExactly(List<Word> words, int at, Phrase p) {
    for (int k = 0; k < p.length(); k++) {
      if (!words.get(at + k).text().equals(p.tokens().get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean isConverb(String word) {
    return verbStems.stream()
        .anyMatch(stem -> Morphology.of(lexicon.language).isConverb(word, stem));
  }

  /** Adds the piece unless it has no words; says whether it did. */
  private static boolean addPiece(
      String command, int from, int to, boolean sequential, List<Piece> pieces) {
    String text = command.substring(from, to);
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return false;
    }
    int start = from + (text.length() - text.stripLeading().length());
    int end = to - (text.length() - text.stripTrailing().length());
    pieces.add(new Piece(start, end, sequential));
    return true;
  }

  private void joinPiecesWithoutVerb(String command, List<Piece> pieces) {
    boolean joined = true;
    while (joined && pieces.size() > 1) {
      joined = false;
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        Clause clause = Clause.of(p.text(command), false);
        if (intents.mentionsAction(clause)
            || startsWithUnknownVerb(i, clause)
            || actsOnAnObject(clause)) {
          continue;
        }
        boolean intoNext = lexicon.language == Language.TURKISH ? i + 1 < pieces.size() : i == 0;
        int other = intoNext ? i + 1 : i - 1;
        int first = Math.min(i, other);
        Piece a = pieces.get(first);
        Piece b = pieces.get(first + 1);
        pieces.set(first, new Piece(a.start, b.end, a.sequential));
        pieces.remove(first + 1);
        joined = true;
        break;
      }
    }
  }

  /**
   * An English command starts with its verb, so a first piece with words but no known verb ("Zip
   * the logs and upload them") is a step the planner does not know; joining it to the next would
   * drop that step without a word.
   */
  private boolean startsWithUnknownVerb(int index, Clause clause) {
    return lexicon.language == Language.ENGLISH
        && index == 0
        && clause.words().stream().map(Word::text).anyMatch(this::isContentWord);
  }

  /**
   * A piece shaped like a verb and its object, "compare them", "zip the logs", "bunları
   * karşılaştır", is a step whose verb the lexicon does not know, not a noun that "and" listed.
   */
  private boolean actsOnAnObject(Clause clause) {
    List<Word> words = clause.words();
    if (words.size() < 2) {
      return false;
    }
    if (lexicon.language == Language.TURKISH) {
      int last = words.size() - 1;
      return isContentWord(words.get(last).text())
          && lexicon.finder.endingAt(words, last - 1, lexicon.objectMarkers).isPresent();
    }
    return isContentWord(words.get(0).text())
        && lexicon.finder.startingAt(words, 1, lexicon.objectMarkers).isPresent();
  }

  private boolean isContentWord(String word) {
    return !lexicon.isFiller(word) && !lexicon.stopWords.contains(word);
  }

  /** Where the text is cut; {@code start..end} is dropped (the connective or punctuation). */
  private record Cut(int start, int end, boolean sequential) {}

  /** A stretch of the command that becomes a clause. */
  private record Piece(int start, int end, boolean sequential) {
    String text(String command) {
      return command.substring(start, end);
    }
  }
}
