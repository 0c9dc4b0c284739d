package dev.altlas.segmentation;

/** A file name glob as the regular expression data.filter's {@code matches} takes. */
final class GlobPattern {
  private GlobPattern() {}

  /** "*.{png,jpg}" → "^.*\.(png|jpg)$"; matching is on the file name. */
  static String toRegex(String glob) {
    String name = glob.substring(glob.lastIndexOf('/') + 1);
    var sb = new StringBuilder("^");
    boolean inBraces = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '*' -> sb.append(".*");
        case '?' -> sb.append('.');
        case '{' -> {
          sb.append('(');
          inBraces = true;
        }
        case '}' -> {
          sb.append(')');
          inBraces = false;
        }
        case ',' -> sb.append(inBraces ? "|" : ",");
        default -> {
          if ("\\.[]()+^$|".indexOf(c) >= 0) {
            sb.append('\\');
          }
          sb.append(c);
        }
      }
    }
    return sb.append('$').toString();
  }
}
