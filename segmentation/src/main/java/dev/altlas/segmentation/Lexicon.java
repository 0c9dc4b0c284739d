package dev.altlas.segmentation;

import dev.altlas.model.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words of one language the planner understands, read from {@code lexicon-<code>.yaml}. The
 * Java code holds the rules; the lexicon holds the words, so adding a synonym is a data change.
 */
final class Lexicon {
  private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

  final Language language;
  final PhraseFinder finder;
  private final Morphology morphology;
  final Set<String> stopWords;
  final List<String> suffixes;
  final List<Phrase> connectives;
  final List<Phrase> sequential;
  final Set<String> fillers;
  final List<IntentEntry> intents;
  final List<Phrase> references;
  final List<Phrase> objectMarkers;
  final List<Phrase> fileNouns;
  final List<Meaning<List<String>>> fileKinds;
  final List<Phrase> folderWords;
  final List<Meaning<String>> knownFolders;
  final List<Phrase> recursive;
  final List<Meaning<SortKey>> sortKeys;
  final List<Meaning<String>> orderWords;
  final Cues sortFieldCues;
  final List<Meaning<String>> fields;
  final Map<String, Integer> numbers;
  final Cues countCues;
  final Set<String> units;
  final List<Meaning<String>> rankCriteria;
  final Cues rankQueryCues;
  final Map<String, Cues> comparisons;
  final Cues contains;
  final List<Phrase> nameCues;
  final Cues startsWith;
  final Cues endsWith;
  final List<Meaning<String>> formats;
  final Cues formatCues;
  final List<Meaning<String>> languages;
  final Cues languageCues;
  final List<String> languageSuffixes;
  final List<Meaning<String>> extractFields;
  final List<Meaning<List<String>>> labelSets;
  final Cues labelCues;
  final List<Phrase> labelSeparators;
  final List<Meaning<String>> archiveStatus;
  final List<Meaning<String>> timeUnits;
  final List<Meaning<String>> timeWords;
  final List<Meaning<String>> httpMethods;
  final List<Meaning<Priority>> priority;
  final List<Phrase> sentenceWords;
  final List<Phrase> overwriteWords;
  final Cues subjectCues;
  final Cues messageCues;
  final Cues keyCues;
  final Cues queryCues;
  final Cues joinCues;
  final Set<String> queryStopWords;

  private Lexicon(Language language, JsonNode root) {
    this.language = language;
    this.morphology = Morphology.of(language);
    this.finder = new PhraseFinder(morphology);
    JsonNode detection = root.path("detection");
    stopWords = foldedWords(detection.path("stop_words"));
    suffixes = foldedWords(detection.path("suffixes")).stream().sorted().toList();
    connectives = phrases(root.path("connectives"));
    sequential = phrases(root.path("sequential"));
    fillers = foldedWords(root.path("fillers"));
    intents = intents(root.path("intents"));
    references = phrases(root.path("references"));
    objectMarkers = phrases(root.path("object_markers"));
    fileNouns = phrases(root.path("file_nouns"));
    fileKinds = meanings(root.path("file_kinds"), "extensions", Lexicon::strings);
    folderWords = phrases(root.path("folder_words"));
    knownFolders = meanings(root.path("known_folders"), "value", JsonNode::asString);
    recursive = phrases(root.path("recursive"));
    sortKeys = sortKeys(root.path("sort_keys"));
    orderWords = named(root.path("order_words"), Function.identity());
    sortFieldCues = cues(root.path("sort_field_cues"));
    fields = named(root.path("fields"), Function.identity());
    numbers = numbers(root.path("numbers"));
    countCues = cues(root.path("count_cues"));
    units = foldedWords(root.path("units"));
    rankCriteria = meanings(root.path("rank_criteria"), "query", JsonNode::asString);
    rankQueryCues = cues(root.path("rank_query_cues"));
    comparisons = comparisons(root.path("comparisons"));
    contains = cues(root.path("contains"));
    nameCues = phrases(root.path("name_cues"));
    startsWith = cues(root.path("starts_with"));
    endsWith = cues(root.path("ends_with"));
    formats = named(root.path("formats"), Function.identity());
    formatCues = cues(root.path("format_cues"));
    languages = named(root.path("languages"), Function.identity());
    languageCues = cues(root.path("language_cues"));
    languageSuffixes = foldedWords(root.path("language_cues").path("suffixes")).stream().toList();
    extractFields = named(root.path("extract_fields"), Function.identity());
    labelSets = meanings(root.path("label_sets"), "labels", Lexicon::strings);
    labelCues = cues(root.path("label_cues"));
    labelSeparators = phrases(root.path("label_cues").path("separators"));
    archiveStatus = named(root.path("archive_status"), Function.identity());
    timeUnits = named(root.path("time_units"), Function.identity());
    timeWords = meanings(root.path("time_words"), "value", JsonNode::asString);
    httpMethods = named(root.path("http_methods"), Function.identity());
    priority = named(root.path("priority"), p -> Priority.valueOf(p.toUpperCase(Locale.ROOT)));
    sentenceWords = phrases(root.path("sentence_words"));
    overwriteWords = phrases(root.path("overwrite_words"));
    subjectCues = cues(root.path("subject_cues"));
    messageCues = cues(root.path("message_cues"));
    keyCues = cues(root.path("key_cues"));
    queryCues = cues(root.path("query_cues"));
    joinCues = cues(root.path("join_cues"));
    queryStopWords = foldedWords(root.path("query_stop_words"));
  }

  static synchronized Lexicon of(Language language) {
    return LOADED.computeIfAbsent(language, Lexicon::load);
  }

  private static Lexicon load(Language language) {
    String resource = "lexicon-" + language.code() + ".yaml";
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing");
      }
      return new Lexicon(language, YAMLMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The number a folded word says: digits, or a number word in any of its forms ("üçünü" is "üç");
   * null if it says none.
   */
  Integer number(String word) {
    if (!word.isEmpty() && word.length() <= 6 && word.chars().allMatch(Character::isDigit)) {
      return Integer.valueOf(word);
    }
    Integer exact = numbers.get(word);
    if (exact != null) {
      return exact;
    }
    if (finder.containsAny(List.of(new Word(word, 0, word.length())), references)) {
      return null; // "onu" is "it", not "the ten"
    }
    return numbers.entrySet().stream()
        .filter(e -> morphology.isNounForm(word, e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether a folded word carries no step of its own: "please", "then", and how urgent the command
   * is ("urgent", "acil"), which is the plan's priority.
   */
  boolean isFiller(String word) {
    return fillers.contains(word)
        || priority.stream()
            .flatMap(m -> m.phrases().stream())
            .anyMatch(p -> p.tokens().contains(word));
  }

  /** Whether a folded word is a unit ("MB", "days", "günde"): a quantity, not a count. */
  boolean isUnit(String word) {
    return units.stream().anyMatch(u -> finder.isForm(word, u, false));
  }

  private static List<IntentEntry> intents(JsonNode list) {
    var entries = new ArrayList<IntentEntry>();
    for (JsonNode e : list) {
      var needs = EnumSet.noneOf(IntentEntry.Need.class);
      e.path("needs")
          .forEach(n -> needs.add(IntentEntry.Need.valueOf(n.asString().toUpperCase(Locale.ROOT))));
      entries.add(
          new IntentEntry(
              e.required("type").asString(),
              e.required("confidence").asDouble(),
              phrases(e.required("words")),
              needs,
              phrases(e.path("context")),
              e.path("nominal").asBoolean(false),
              e.path("noun").asBoolean(false)));
    }
    return List.copyOf(entries);
  }

  private static List<Meaning<SortKey>> sortKeys(JsonNode list) {
    var keys = new ArrayList<Meaning<SortKey>>();
    for (JsonNode e : list) {
      keys.add(
          new Meaning<>(
              phrases(e.required("words")),
              new SortKey(e.required("by").asString(), e.required("order").asString())));
    }
    return List.copyOf(keys);
  }

  private static List<Phrase> phrases(JsonNode list) {
    var phrases = new ArrayList<Phrase>();
    list.forEach(n -> phrases.add(Phrase.of(n.asString())));
    return List.copyOf(phrases);
  }

  private static Set<String> foldedWords(JsonNode list) {
    var words = new LinkedHashSet<String>();
    list.forEach(n -> words.add(Folding.fold(n.asString())));
    return Collections.unmodifiableSet(words);
  }

  private static List<String> strings(JsonNode list) {
    var values = new ArrayList<String>();
    list.forEach(n -> values.add(n.asString()));
    return List.copyOf(values);
  }

  private static Cues cues(JsonNode node) {
    return new Cues(phrases(node.path("before_value")), phrases(node.path("after_value")));
  }

  /** Entries like {@code {words: [...], value: ...}}. */
  private static <T> List<Meaning<T>> meanings(
      JsonNode list, String valueField, Function<JsonNode, T> value) {
    var meanings = new ArrayList<Meaning<T>>();
    for (JsonNode e : list) {
      meanings.add(
          new Meaning<>(phrases(e.required("words")), value.apply(e.required(valueField))));
    }
    return List.copyOf(meanings);
  }

  /** Maps like {@code {json: [json], markdown: [markdown, md]}}: the key is the meaning. */
  private static <T> List<Meaning<T>> named(JsonNode map, Function<String, T> value) {
    var meanings = new ArrayList<Meaning<T>>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      meanings.add(new Meaning<>(phrases(e.getValue()), value.apply(e.getKey())));
    }
    return List.copyOf(meanings);
  }

  private static Map<String, Integer> numbers(JsonNode map) {
    var numbers = new LinkedHashMap<String, Integer>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      numbers.put(Folding.fold(e.getKey()), e.getValue().asInt());
    }
    return Collections.unmodifiableMap(numbers);
  }

  private static Map<String, Cues> comparisons(JsonNode map) {
    var ops = new LinkedHashMap<String, Cues>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      ops.put(e.getKey(), cues(e.getValue()));
    }
    return Collections.unmodifiableMap(ops);
  }
}
