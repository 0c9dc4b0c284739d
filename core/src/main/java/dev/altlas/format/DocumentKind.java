package dev.altlas.format;

import dev.altlas.model.Atlas;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.util.Locale;
import java.util.Optional;

/** The three ALT_LAS document formats. */
public enum DocumentKind {
  ALT(Plan.class, Plan.FORMAT_VERSION, "plan"),
  LAST(RunResult.class, RunResult.FORMAT_VERSION, "run result"),
  ATLAS(Atlas.class, Atlas.FORMAT_VERSION, "atlas");

  private final Class<?> type;
  private final int newestVersion;
  private final String description;

  DocumentKind(Class<?> type, int newestVersion, String description) {
    this.type = type;
    this.newestVersion = newestVersion;
    this.description = description;
  }

  public Class<?> type() {
    return type;
  }

  /** The newest format version this code reads. */
  public int newestVersion() {
    return newestVersion;
  }

  /** The file extension without the dot: {@code alt}, {@code last}, {@code atlas}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** E.g. {@code .alt plan}. */
  public String label() {
    return "." + extension() + " " + description;
  }

  String schemaResource() {
    return "schema/" + extension() + ".schema.json";
  }

  /** The kind a file name says, e.g. {@code x.alt}, {@code x.alt.yaml}, {@code x.last.json}. */
  public static Optional<DocumentKind> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {"", ".yaml", ".yml", ".json"}) {
      for (DocumentKind kind : values()) {
        if (name.endsWith("." + kind.extension() + suffix)) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  public static Optional<DocumentKind> forType(Class<?> type) {
    for (DocumentKind kind : values()) {
      if (kind.type.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
