package dev.altlas.segmentation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The file name pattern a clause asks for: written out ("*.log", "./docs/*.md") or named as a kind
 * of file ("text files" → *.txt, "PDF'leri" → *.pdf, "images" → *.{png,jpg,…}).
 */
final class GlobExtractor {
  /** Turkish plural endings split off by an apostrophe: "CSV'leri" is "csv" + "leri". */
  private static final Set<String> PLURAL_ENDINGS =
      Set.of(
          "ler", "lar", "leri", "lari", "lerini", "larini", "lerin", "larin", "lerdeki", "lardaki",
          "lerden", "lardan");

  private final Lexicon lexicon;

  GlobExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  String extract(Clause clause) {
    for (Literal l : clause.literals()) {
      if (l.kind() == Literal.Kind.GLOB) {
        return l.value();
      }
      if (l.kind() == Literal.Kind.PATH && PathExtractor.globOf(l.value()) != null) {
        return PathExtractor.globOf(l.value());
      }
    }
    var extensions = new LinkedHashSet<String>();
    for (Found<List<String>> kind : lexicon.finder.findAll(clause.words(), lexicon.fileKinds)) {
      if (!isFormat(clause, kind.match())) {
        extensions.addAll(kind.value());
      }
    }
    return glob(List.copyOf(extensions)).orElse(null);
  }

  static Optional<String> glob(List<String> extensions) {
    if (extensions.isEmpty()) {
      return Optional.empty();
    }
    if (extensions.size() == 1) {
      return Optional.of("*." + extensions.get(0));
    }
    return Optional.of("*.{" + String.join(",", extensions) + "}");
  }

  /**
   * "as CSV", "as a JSON file", "JSON olarak" name an output format, not files to look for; a
   * plural ("CSVs", "CSV'leri") always means files.
   */
  private boolean isFormat(Clause clause, Match kind) {
    List<Word> words = clause.words();
    Word last = words.get(kind.last());
    boolean plural =
        !last.text().equals(kind.phrase().tokens().get(kind.phrase().length() - 1))
            || (kind.last() + 1 < words.size()
                && PLURAL_ENDINGS.contains(words.get(kind.last() + 1).text())
                && CuedValue.isApostropheEnding(clause, kind.last() + 1));
    if (plural
        || lexicon.finder.findFirst(List.of(words.get(kind.first())), lexicon.formats).isEmpty()) {
      return false;
    }
    Cues cues = lexicon.formatCues;
    return lexicon.finder.endingAt(words, kind.first() - 1, cues.beforeValue()).isPresent()
        || lexicon.finder.endingAt(words, kind.first() - 2, cues.beforeValue()).isPresent()
        || lexicon.finder.startingAt(words, kind.last() + 1, cues.afterValue()).isPresent();
  }
}
