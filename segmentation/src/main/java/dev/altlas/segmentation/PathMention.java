package dev.altlas.segmentation;

/**
 * A path the command names.
 *
 * @param file whether it names a file ("./notes.txt") rather than a directory ("./docs")
 */
record PathMention(String path, boolean file) {

  static PathMention of(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    boolean file = dot > 0 && dot < last.length() - 1;
    return new PathMention(path, file);
  }
}
