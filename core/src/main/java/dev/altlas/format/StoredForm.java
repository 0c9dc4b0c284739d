package dev.altlas.format;

/**
 * The JSON form of documents inside a store (run state, archive). Unlike {@link DocumentReader},
 * reading only binds: what a store gives back is what was validated on the way in, and a store must
 * return it faithfully even when, say, the catalog has changed since.
 */
public final class StoredForm {
  private StoredForm() {}

  public static String toJson(Object document) {
    return FormatMappers.JSON.writeValueAsString(document);
  }

  public static <T> T fromJson(String json, Class<T> type) {
    return FormatMappers.JSON.readValue(json, type);
  }
}
