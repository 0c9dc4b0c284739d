package dev.altlas.segmentation;

import dev.altlas.segmentation.CommandValue.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds where a clause writes each value the rule-based planner's extractors read (the ones {@link
 * SlotReader} uses for paths, globs, URLs, counts, formats, languages and sentence limits). The
 * extractors decide what the values are; this class only locates them, so that a value is a slot
 * exactly when the planner would have used it.
 */
final class ClauseValues {
  private final Lexicon lexicon;
  private final PathExtractor paths;
  private final GlobExtractor globs;
  private final CountExtractor counts;
  private final FormatExtractor formats;
  private final TargetLanguageExtractor targetLanguages;
  private final SentenceLimitExtractor sentenceLimits;

  ClauseValues(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.paths = new PathExtractor(lexicon);
    this.globs = new GlobExtractor(lexicon);
    this.counts = new CountExtractor(lexicon);
    this.formats = new FormatExtractor(lexicon);
    this.targetLanguages = new TargetLanguageExtractor(lexicon);
    this.sentenceLimits = new SentenceLimitExtractor(lexicon);
  }

  /** The clause's values in text order, with positions in the clause's text; none overlap. */
  List<CommandValue> find(Clause clause) {
    var found = new ArrayList<CommandValue>();
    addLiterals(clause, found);
    addKnownFolders(clause, found);
    addNamedFolders(clause, found);
    String format = formats.extract(clause);
    if (format != null) {
      addMeaning(clause, lexicon.formats, format, Kind.FORMAT, found);
    }
    String language = targetLanguages.extract(clause);
    if (language != null) {
      addMeaning(clause, lexicon.languages, language, Kind.LANGUAGE, found);
    }
    String glob = globs.extract(clause);
    if (glob != null && found.stream().noneMatch(v -> v.kind() == Kind.GLOB)) {
      addFileKinds(clause, glob, found);
    }
    Integer sentences = sentenceLimits.extract(clause);
    if (sentences != null) {
      addNumber(clause, sentences, Kind.SENTENCES, true, found);
    }
    Integer count = counts.extract(clause);
    if (count != null) {
      addNumber(clause, count, Kind.COUNT, false, found);
    }
    addOtherNumbers(clause, found);
    found.sort(Comparator.comparingInt(CommandValue::start));
    return found;
  }

  private static void addLiterals(Clause clause, List<CommandValue> found) {
    for (Literal l : clause.literals()) {
      switch (l.kind()) {
        case URL -> found.add(value(Kind.URL, SlotReader.absoluteUrl(l.value()), l));
        case EMAIL -> found.add(value(Kind.EMAIL, l.value(), l));
        case QUOTED -> found.add(value(Kind.QUOTED, l.value(), l));
        case PROGRAM -> found.add(value(Kind.PROGRAM, l.value(), l));
        case GLOB -> found.add(value(Kind.GLOB, l.value(), l));
        case PATH -> addPath(clause, l, found);
      }
    }
  }

  /** "./docs/*.txt" is the path "./docs" and the glob "*.txt", each a value of its own. */
  private static void addPath(Clause clause, Literal l, List<CommandValue> found) {
    String glob = PathExtractor.globOf(l.value());
    if (glob == null) {
      found.add(value(Kind.PATH, l.value(), l));
      return;
    }
    String directory = PathExtractor.directoryOf(l.value());
    int globAt = clause.text().indexOf(glob, l.start());
    if (!l.value().startsWith(directory) || globAt < 0 || globAt >= l.end()) {
      found.add(value(Kind.GLOB, glob, l)); // "*.md" alone: its directory "." is not written
      return;
    }
    int directoryEnd = l.start() + Math.max(directory.length(), 1);
    found.add(new CommandValue(Kind.PATH, directory, l.start(), directoryEnd));
    found.add(new CommandValue(Kind.GLOB, glob, globAt, globAt + glob.length()));
  }

  private void addKnownFolders(Clause clause, List<CommandValue> found) {
    for (Found<String> folder : lexicon.finder.findAll(clause.words(), lexicon.knownFolders)) {
      addIfFree(found, at(clause, Kind.PATH, folder.value(), folder.match()));
    }
  }

  /** "the docs folder": the path is the word itself, as written. */
  private void addNamedFolders(Clause clause, List<CommandValue> found) {
    for (PathMention mention : paths.extract(clause)) {
      if (found.stream().anyMatch(v -> v.kind() == Kind.PATH && v.value().equals(mention.path()))) {
        continue;
      }
      for (int i = 0; i < clause.words().size(); i++) {
        if (clause.surface(i, i).equals(mention.path())) {
          Word w = clause.words().get(i);
          if (addIfFree(found, new CommandValue(Kind.PATH, mention.path(), w.start(), w.end()))) {
            break;
          }
        }
      }
    }
  }

  private void addMeaning(
      Clause clause,
      List<Meaning<String>> meanings,
      String value,
      Kind kind,
      List<CommandValue> found) {
    for (Found<String> f : lexicon.finder.findAll(clause.words(), meanings)) {
      if (f.value().equals(value) && addIfFree(found, at(clause, kind, value, f.match()))) {
        return;
      }
    }
  }

  /**
   * "text files", "PDFs and CSVs": the words that named the kinds of file the glob was built from,
   * as one value. When other values stand between them, the glob is left as words.
   */
  private void addFileKinds(Clause clause, String glob, List<CommandValue> found) {
    Set<String> extensions = extensions(glob);
    List<Match> kinds =
        lexicon.finder.findAll(clause.words(), lexicon.fileKinds).stream()
            .filter(f -> extensions.containsAll(f.value()))
            .map(Found::match)
            .toList();
    if (kinds.isEmpty()) {
      return;
    }
    int start = clause.words().get(kinds.get(0).first()).start();
    int end = clause.words().get(kinds.get(kinds.size() - 1).last()).end();
    addIfFree(found, new CommandValue(Kind.GLOB, glob, start, end));
  }

  /** "*.txt" → [txt]; "*.{png,jpg}" → [png, jpg]. */
  private static Set<String> extensions(String glob) {
    String list = glob.startsWith("*.") ? glob.substring(2) : glob;
    if (list.startsWith("{") && list.endsWith("}")) {
      list = list.substring(1, list.length() - 1);
    }
    return Arrays.stream(list.split(","))
        .map(e -> e.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /**
   * The first free number word (or pair, "twenty five") that says {@code n}; for a sentence limit,
   * the one right before a sentence word.
   */
  private void addNumber(
      Clause clause, int n, Kind kind, boolean beforeSentenceWord, List<CommandValue> found) {
    List<Word> words = clause.words();
    for (int i = 0; i < words.size(); i++) {
      Integer first = number(clause, i);
      if (first == null) {
        continue;
      }
      int last = i;
      Integer units = i + 1 < words.size() ? number(clause, i + 1) : null;
      if (first != n && units != null && first >= 20 && first % 10 == 0 && first + units == n) {
        last = i + 1;
      } else if (first != n) {
        continue;
      }
      if (beforeSentenceWord
          && lexicon.finder.startingAt(words, last + 1, lexicon.sentenceWords).isEmpty()) {
        continue;
      }
      var value = new CommandValue(kind, n, words.get(i).start(), words.get(last).end());
      if (addIfFree(found, value)) {
        return;
      }
    }
  }

  private void addOtherNumbers(Clause clause, List<CommandValue> found) {
    for (int i = 0; i < clause.words().size(); i++) {
      Integer n = number(clause, i);
      if (n != null) {
        Word w = clause.words().get(i);
        addIfFree(found, new CommandValue(Kind.NUMBER, n, w.start(), w.end()));
      }
    }
  }

  /** The number word {@code i} says, unless it is part of a larger number ("1.5", "10:30"). */
  private Integer number(Clause clause, int i) {
    Word w = clause.words().get(i);
    return CountExtractor.isPartOfLargerNumber(clause.text(), w) ? null : lexicon.number(w.text());
  }

  private static CommandValue at(Clause clause, Kind kind, String value, Match match) {
    return new CommandValue(
        kind,
        value,
        clause.words().get(match.first()).start(),
        clause.words().get(match.last()).end());
  }

  private static CommandValue value(Kind kind, String value, Literal l) {
    return new CommandValue(kind, value, l.start(), l.end());
  }

  /** Adds the value unless another one already covers part of its text; says whether it did. */
  private static boolean addIfFree(List<CommandValue> found, CommandValue value) {
    if (found.stream().anyMatch(v -> v.overlaps(value.start(), value.end()))) {
      return false;
    }
    found.add(value);
    return true;
  }
}
