package dev.altlas.segmentation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Short, readable task ids: list, sort, top, read, summarize; a repeat gets _2, _3, …. */
final class TaskIds {
  /** Where the last part of the type would read badly as an id. */
  private static final Map<String, String> NAMES =
      Map.of(
          "http.request", "fetch",
          "data.map", "select",
          "storage.put", "store",
          "storage.get", "load",
          "approval.wait", "approval",
          "shell.exec", "shell",
          "archive.search", "search");

  private final Set<String> used = new HashSet<>();

  String next(String type) {
    return next(type, "");
  }

  /** An id for a task of {@code type}; {@code suffix} marks variants, e.g. "_alt". */
  String next(String type, String suffix) {
    String base = NAMES.getOrDefault(type, type.substring(type.lastIndexOf('.') + 1)) + suffix;
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }
}
