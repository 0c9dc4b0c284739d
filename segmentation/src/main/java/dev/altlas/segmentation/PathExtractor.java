package dev.altlas.segmentation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Paths a clause names: written out ("./docs", "/tmp/x", "~/notes", "report.txt"), named as a
 * folder ("the docs folder", "docs klasöründeki") or a well-known folder ("desktop", "masaüstü"). A
 * path with a pattern ("./docs/*.txt") names its directory; {@link GlobExtractor} takes the
 * pattern.
 */
final class PathExtractor {
  private final Lexicon lexicon;

  PathExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<PathMention> extract(Clause clause) {
    var paths = new LinkedHashSet<String>();
    for (String literal : clause.literals(Literal.Kind.PATH)) {
      paths.add(directoryOf(literal));
    }
    for (Found<String> folder : lexicon.finder.findAll(clause.words(), lexicon.knownFolders)) {
      paths.add(folder.value());
    }
    paths.addAll(namedFolders(clause));
    var mentions = new ArrayList<PathMention>();
    paths.forEach(p -> mentions.add(PathMention.of(p)));
    return mentions;
  }

  /** "./docs/*.txt" → "./docs"; "*.md" alone has no directory. */
  static String directoryOf(String path) {
    int glob = firstGlobChar(path);
    if (glob < 0) {
      return path;
    }
    int slash = path.lastIndexOf('/', glob);
    if (slash < 0) {
      return ".";
    }
    return slash == 0 ? "/" : path.substring(0, slash);
  }

  /** The pattern part of a path, or null: "./docs/**&#47;*.md" → "**&#47;*.md". */
  static String globOf(String path) {
    int glob = firstGlobChar(path);
    if (glob < 0) {
      return null;
    }
    int slash = path.lastIndexOf('/', glob);
    return path.substring(slash + 1);
  }

  private static int firstGlobChar(String path) {
    for (int i = 0; i < path.length(); i++) {
      if ("*?{[".indexOf(path.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** "the docs folder", "docs klasöründeki": the word right before a folder word. */
  private List<String> namedFolders(Clause clause) {
    var names = new ArrayList<String>();
    List<Word> words = clause.words();
    List<Match> known =
        lexicon.finder.findAll(words, lexicon.knownFolders).stream().map(Found::match).toList();
    for (Match folder : lexicon.finder.findAny(words, lexicon.folderWords)) {
      int before = folder.first() - 1;
      if (before < 0
          || !adjacent(clause, before, folder.first())
          || known.stream().anyMatch(k -> k.overlaps(folder))) {
        continue; // "the current folder" is a known folder, not a folder named "current"
      }
      String word = words.get(before).text();
      if (lexicon.stopWords.contains(word)
          || lexicon.fillers.contains(word)
          || lexicon.number(word) != null
          || lexicon.finder.containsAny(List.of(words.get(before)), lexicon.fileNouns)) {
        continue;
      }
      names.add(clause.surface(before, before));
    }
    return names;
  }

  private static boolean adjacent(Clause clause, int left, int right) {
    String gap =
        clause.text().substring(clause.words().get(left).end(), clause.words().get(right).start());
    return gap.isBlank();
  }
}
