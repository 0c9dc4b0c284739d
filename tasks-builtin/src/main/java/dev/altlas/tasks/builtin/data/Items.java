package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the list a data task works on, and its {@code {items, count}} output. */
final class Items {
  private Items() {}

  static List<Object> read(Params params, String name) throws TaskFailure {
    return new ArrayList<>(params.list(name));
  }

  static Map<String, Object> output(List<?> items) {
    return Output.of("items", items, "count", items.size());
  }
}
