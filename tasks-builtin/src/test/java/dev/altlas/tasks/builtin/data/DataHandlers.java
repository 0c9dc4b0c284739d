package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs a data handler and returns its {@code items}; data tasks need no files. */
final class DataHandlers {
  private static final Path NO_ARTIFACTS = Path.of("target", "no-artifacts");

  private DataHandlers() {}

  /** Reads a field of an output item, for AssertJ's {@code extracting}. */
  static Function<Object, Object> field(String name) {
    return item -> ((Map<?, ?>) item).get(name);
  }

  static List<Object> items(TaskHandler handler, Map<String, ?> params) throws Exception {
    Map<?, ?> out = (Map<?, ?>) handler.execute(InMemoryTaskContext.of(NO_ARTIFACTS, params));
    List<Object> items = new ArrayList<>((List<?>) out.get("items"));
    if (!out.get("count").equals(items.size())) {
      throw new AssertionError("count " + out.get("count") + " but " + items.size() + " items");
    }
    return items;
  }
}
