package dev.altlas.format;

/** The two ways every ALT_LAS document may be written. */
public enum Syntax {
  YAML,
  JSON;

  /** JSON when the text starts with a brace or bracket, otherwise YAML. */
  public static Syntax detect(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[' ? JSON : YAML;
      }
    }
    return YAML;
  }
}
