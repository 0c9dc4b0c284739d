package dev.altlas.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The task types plans may use, shared by the validator, the planners and the runner. */
public final class TaskCatalog {

  /** The type of a step that no task type fits; the runner refuses it with its reason. */
  public static final String UNSUPPORTED = "unsupported";

  private static final TaskCatalog BUILTIN = CatalogFile.load("task-types.yaml");

  private final Map<String, TaskType> types;

  public TaskCatalog(Collection<TaskType> types) {
    var map = new LinkedHashMap<String, TaskType>();
    for (TaskType t : types) {
      if (map.put(t.type(), t) != null) {
        throw new IllegalArgumentException("task type " + t.type() + " is defined twice");
      }
    }
    this.types = java.util.Collections.unmodifiableMap(map);
  }

  /** The catalog that ships with ALT_LAS. */
  public static TaskCatalog builtin() {
    return BUILTIN;
  }

  public Optional<TaskType> find(String type) {
    return Optional.ofNullable(types.get(type));
  }

  public boolean contains(String type) {
    return types.containsKey(type);
  }

  public List<TaskType> types() {
    return List.copyOf(types.values());
  }
}
