package dev.altlas.segmentation;

/** What an earlier step's output looks like to the steps that use it. */
enum Shape {
  /** A list of file entries (path, name, size, modified): fs.list. */
  FILES(true),
  /** A list of read files with their content: fs.read under for_each. */
  DOCUMENTS(true),
  /** A list of texts, one per item: ai.summarize under for_each. */
  TEXTS(true),
  /** A list of records: search hits, extracted values. */
  ITEMS(true),
  /** One text: a summary, a page, a file's content. */
  TEXT(false),
  /** One value that may be a list: a JSON response, a stored artifact. */
  DATA(false),
  /** The output of a step that could not be mapped; whatever uses it cannot run either. */
  BLOCKED(false);

  private final boolean list;

  Shape(boolean list) {
    this.list = list;
  }

  boolean isList() {
    return list;
  }
}
