package dev.altlas.segmentation;

import java.util.List;
import java.util.Locale;

/** Reads everything a clause says besides its verb, with one extractor per kind of value. */
final class SlotReader {
  private static final int MAX_SUBJECT_WORDS = 12;
  private static final int MAX_MESSAGE_WORDS = 40;
  private static final int MAX_KEY_WORDS = 1;

  private final Lexicon lexicon;
  private final PathExtractor paths;
  private final GlobExtractor globs;
  private final CountExtractor counts;
  private final SortKeyExtractor sortKeys;
  private final FilterExtractor filters;
  private final RankCriterionExtractor rankCriteria;
  private final FormatExtractor formats;
  private final TargetLanguageExtractor targetLanguages;
  private final LabelExtractor labels;
  private final InformationKindExtractor informationKinds;
  private final FieldSelectionExtractor fieldSelections;
  private final SentenceLimitExtractor sentenceLimits;
  private final TimeWindowExtractor timeWindows;
  private final ProgramExtractor programs;
  private final SearchQueryExtractor searchQueries;
  private final CuedValue cued;

  SlotReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.paths = new PathExtractor(lexicon);
    this.globs = new GlobExtractor(lexicon);
    this.counts = new CountExtractor(lexicon);
    this.sortKeys = new SortKeyExtractor(lexicon);
    this.filters = new FilterExtractor(lexicon);
    this.rankCriteria = new RankCriterionExtractor(lexicon);
    this.formats = new FormatExtractor(lexicon);
    this.targetLanguages = new TargetLanguageExtractor(lexicon);
    this.labels = new LabelExtractor(lexicon);
    this.informationKinds = new InformationKindExtractor(lexicon);
    this.fieldSelections = new FieldSelectionExtractor(lexicon);
    this.sentenceLimits = new SentenceLimitExtractor(lexicon);
    this.timeWindows = new TimeWindowExtractor(lexicon);
    this.programs = new ProgramExtractor();
    this.searchQueries = new SearchQueryExtractor(lexicon);
    this.cued = new CuedValue(lexicon);
  }

  Slots read(Clause clause) {
    List<Word> words = clause.words();
    List<PathMention> pathMentions = paths.extract(clause);
    String glob = globs.extract(clause);
    var sources =
        new Sources(
            pathMentions,
            glob,
            clause.literals(Literal.Kind.URL).stream().map(SlotReader::absoluteUrl).toList(),
            has(words, lexicon.fileNouns),
            has(words, lexicon.recursive));
    FilterCondition filter = filters.extract(clause);
    var shaping =
        new Shaping(
            filter,
            sortKeys.extract(clause),
            rankCriteria.criterion(clause),
            counts.extract(clause));
    return new Slots(
        sources,
        shaping,
        clause.literals(Literal.Kind.EMAIL),
        clause.literals(Literal.Kind.QUOTED),
        programs.extract(clause),
        formats.extract(clause),
        targetLanguages.extract(clause),
        labels.extract(clause),
        informationKinds.extract(clause, filter == null ? null : filter.value()),
        fieldSelections.extract(clause),
        sentenceLimits.extract(clause),
        timeWindows.extract(clause),
        first(words, lexicon.archiveStatus),
        first(words, lexicon.httpMethods),
        cued.find(clause, lexicon.subjectCues, MAX_SUBJECT_WORDS).orElse(null),
        cued.find(clause, lexicon.messageCues, MAX_MESSAGE_WORDS).orElse(null),
        cued.find(clause, lexicon.keyCues, MAX_KEY_WORDS).orElse(null),
        searchQueries.extract(clause),
        rankCriteria.query(clause),
        cued.find(clause, lexicon.joinCues, MAX_KEY_WORDS).orElse(null),
        has(words, lexicon.overwriteWords),
        has(words, lexicon.references));
  }

  private boolean has(List<Word> words, List<Phrase> phrases) {
    return lexicon.finder.containsAny(words, phrases);
  }

  private String first(List<Word> words, List<Meaning<String>> meanings) {
    return lexicon.finder.findFirst(words, meanings).map(Found::value).orElse(null);
  }

  /** "www.example.com" is typed as an address; the task needs a URL. */
  static String absoluteUrl(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + url : url;
  }
}
