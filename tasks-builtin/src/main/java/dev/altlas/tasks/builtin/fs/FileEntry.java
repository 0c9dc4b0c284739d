package dev.altlas.tasks.builtin.fs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One listed file.
 *
 * @param path as {@link WorkspacePath#display()} shows it
 */
record FileEntry(String path, String name, long size, Instant modified, String mediaType) {

  Map<String, Object> toOutput() {
    var out = new LinkedHashMap<String, Object>();
    out.put("path", path);
    out.put("name", name);
    out.put("size", size);
    out.put("modified", modified.toString());
    out.put("media_type", mediaType);
    return out;
  }
}
