package dev.altlas.segmentation;

import java.util.List;

/**
 * Where a clause says its data comes from (or, for a step that writes, goes to).
 *
 * @param glob file name pattern, e.g. {@code *.txt}; null for none
 * @param fileNouns the clause speaks of files in words: "the files", "belgeleri"
 * @param recursive "including subfolders"
 */
record Sources(
    List<PathMention> paths, String glob, List<String> urls, boolean fileNouns, boolean recursive) {

  static final Sources NONE = new Sources(List.of(), null, List.of(), false, false);

  Sources {
    paths = List.copyOf(paths);
    urls = List.copyOf(urls);
  }

  /** The clause speaks of files: a path, a kind of file or the word itself. */
  boolean mentionsFiles() {
    return !paths.isEmpty() || glob != null || fileNouns;
  }

  /** A path or URL the person typed, as opposed to "the files". */
  boolean isExplicit() {
    return !paths.isEmpty() || !urls.isEmpty();
  }

  Sources withoutLastPath() {
    return new Sources(
        paths.subList(0, Math.max(0, paths.size() - 1)), glob, urls, fileNouns, recursive);
  }

  Sources lastPathOnly() {
    List<PathMention> last = paths.isEmpty() ? List.of() : List.of(paths.get(paths.size() - 1));
    return new Sources(last, null, List.of(), false, false);
  }

  Sources urlsOnly() {
    return new Sources(List.of(), null, urls, false, false);
  }

  Sources withoutUrls() {
    return new Sources(paths, glob, List.of(), fileNouns, recursive);
  }
}
