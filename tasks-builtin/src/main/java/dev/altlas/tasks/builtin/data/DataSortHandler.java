package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** {@code data.sort}: the items ordered by a field; items with equal keys keep their order. */
public final class DataSortHandler implements TaskHandler {
  private final Locale locale;

  public DataSortHandler(Locale locale) {
    this.locale = locale;
  }

  @Override
  public String type() {
    return "data.sort";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    List<Object> items = Items.read(params, "items");
    FieldPath by = FieldPath.parse("by", params.string("by"));
    boolean descending = descending(params.optionalString("order").orElse("asc"));
    var values = new ArrayList<Object>(items.size());
    for (int i = 0; i < items.size(); i++) {
      values.add(by.read(items.get(i), i));
    }
    SortColumn column = SortColumn.of(values, by, Collator.getInstance(locale));
    // List.sort is a stable merge sort, which keeps equal items in their given order.
    List<Integer> positions = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
    positions.sort((i, j) -> column.compare(i, j, descending));
    return Items.output(positions.stream().map(items::get).toList());
  }

  private static boolean descending(String order) throws TaskFailure {
    return switch (order.trim().toLowerCase(Locale.ROOT)) {
      case "asc" -> false;
      case "desc" -> true;
      default -> throw TaskFailure.badParam("order", "must be asc or desc");
    };
  }
}
