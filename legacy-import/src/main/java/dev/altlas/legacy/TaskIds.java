package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code .alt} ids of a legacy plan's steps ({@code [a-z][a-z0-9_]{0,63}}), and how legacy
 * dependencies resolve to them.
 *
 * @param ids the new id of each step, in plan order
 * @param byOriginal legacy id to new id; for a legacy id used twice, the first step's
 */
record TaskIds(List<String> ids, Map<String, String> byOriginal) {
  private static final int MAX_LENGTH = 64;

  /**
   * @param warnings receives a line for every id the steps share or lack
   * @param renamed receives legacy id to new id for every id that changed
   */
  static TaskIds assign(
      List<LegacyTask> tasks, List<String> warnings, Map<String, String> renamed) {
    var ids = new ArrayList<String>();
    var byOriginal = new LinkedHashMap<String, String>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      LegacyTask task = tasks.get(i);
      String id = unique(sanitize(task.originalId(), i + 1), taken);
      ids.add(id);
      String original = task.originalId();
      if (original == null) {
        warnings.add(task.path() + " has no id; it is now task '" + id + "'");
        continue;
      }
      if (byOriginal.putIfAbsent(original, id) != null) {
        warnings.add(
            "legacy id '"
                + original
                + "' is used by more than one task; the later one is now '"
                + id
                + "', and dependencies on '"
                + original
                + "' mean the first");
      }
      if (!id.equals(original)) {
        renamed.putIfAbsent(original, id);
      }
    }
    return new TaskIds(ids, byOriginal);
  }

  private static String sanitize(String original, int position) {
    String key = original == null ? "" : Folding.key(original);
    if (key.isEmpty()) {
      return "task_" + position;
    }
    if (key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      key = "task_" + key;
    }
    return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      String suffix = "_" + n;
      candidate = id.substring(0, Math.min(id.length(), MAX_LENGTH - suffix.length())) + suffix;
    }
    return candidate;
  }
}
