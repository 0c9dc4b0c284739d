package dev.altlas.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a legacy step became: a catalog task, or the reason it could not be one. */
sealed interface TaskMatch {

  /**
   * A step that became a task of a catalog type.
   *
   * @param params by catalog parameter name, converted to the catalog's types
   * @param inputs plan inputs the params now refer to: name to the legacy placeholder it replaces
   * @param notes what the mapping had to leave out or doubt, for the plan's warnings
   */
  record Mapped(
      String type,
      Map<String, Object> params,
      Map<String, String> inputs,
      double confidence,
      String rationale,
      List<String> notes)
      implements TaskMatch {

    public Mapped {
      // Copies that keep the order, so that written plans are stable.
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
      notes = List.copyOf(notes);
    }
  }

  /**
   * A step no catalog type fits.
   *
   * @param reason a sentence that starts with the task's name, e.g. {@code legacy task 'x' has
   *     parameters {foo, bar} that match no catalog task type}
   */
  record Unmapped(String reason) implements TaskMatch {}
}
