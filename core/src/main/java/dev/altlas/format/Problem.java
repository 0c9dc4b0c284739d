package dev.altlas.format;

/**
 * One thing wrong with a document.
 *
 * @param path where, e.g. {@code tasks[2].depends_on[0]}; empty for the whole document
 * @param line 1-based line in the source text, when known
 * @param column 1-based column in the source text, when known
 */
public record Problem(String path, Integer line, Integer column, String message) {

  public static Problem at(String path, String message) {
    return new Problem(path, null, null, message);
  }

  public Problem withLocation(Integer newLine, Integer newColumn) {
    return new Problem(path, newLine, newColumn, message);
  }

  @Override
  public String toString() {
    var sb = new StringBuilder(path.isEmpty() ? "(document)" : path);
    if (line != null) {
      sb.append(" (line ").append(line);
      if (column != null) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.append(": ").append(message).toString();
  }
}
