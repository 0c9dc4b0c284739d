package dev.altlas.archive;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text fields a search looks in, with how much a match in each counts towards relevance.
 *
 * @param queryName what people type before ':' to search only this field
 */
public enum SearchField {
  COMMAND("command", 3.0f),
  TITLES("title", 2.0f),
  SUMMARY("summary", 1.5f),
  OUTPUTS("output", 1.0f);

  private final String queryName;
  private final float boost;

  SearchField(String queryName, float boost) {
    this.queryName = queryName;
    this.boost = boost;
  }

  public String queryName() {
    return queryName;
  }

  public float boost() {
    return boost;
  }

  /** The name adapters give the field in their index: {@code command}, {@code titles}, … */
  public String indexName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SearchField byName(String name) {
    for (SearchField f : values()) {
      if (f.queryName.equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  static String names() {
    return Arrays.stream(values()).map(f -> f.queryName).collect(Collectors.joining(", "));
  }
}
