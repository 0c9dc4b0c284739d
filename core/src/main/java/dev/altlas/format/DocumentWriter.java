package dev.altlas.format;

/** Writes plans, run results and atlases as YAML or JSON. */
public final class DocumentWriter {

  /**
   * @param document a {@link dev.altlas.model.Plan}, {@link dev.altlas.model.RunResult} or {@link
   *     dev.altlas.model.Atlas}
   */
  public String write(Object document, Syntax syntax) {
    if (DocumentKind.forType(document.getClass()).isEmpty()) {
      throw new IllegalArgumentException(
          document.getClass().getSimpleName() + " is not an ALT_LAS document");
    }
    String text = FormatMappers.forSyntax(syntax).writeValueAsString(document);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
