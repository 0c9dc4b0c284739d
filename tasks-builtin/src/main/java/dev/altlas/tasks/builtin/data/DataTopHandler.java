package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.util.ArrayList;
import java.util.List;

/** {@code data.top}: the first N items (sort first for "the largest N"). */
public final class DataTopHandler implements TaskHandler {

  @Override
  public String type() {
    return "data.top";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    List<Object> items = Items.read(params, "items");
    if (params.get("count").isEmpty()) {
      throw TaskFailure.badParam("count", "is required");
    }
    long count = params.integer("count", 1, 1, Long.MAX_VALUE);
    // A copy, not a view of the whole list; it may hold empty (null) items.
    return Items.output(new ArrayList<>(items.subList(0, (int) Math.min(count, items.size()))));
  }
}
