package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code data.filter}: the items whose field satisfies a condition, in their original order. */
public final class DataFilterHandler implements TaskHandler {
  private final Locale locale;

  public DataFilterHandler(Locale locale) {
    this.locale = locale;
  }

  @Override
  public String type() {
    return "data.filter";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    List<Object> items = Items.read(params, "items");
    var condition =
        new Condition(
            FieldPath.parse("field", params.string("field")),
            FilterOp.parse(params.string("op")),
            params.get("value").orElse(null),
            new Comparisons(Collator.getInstance(locale)),
            locale);
    var kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (Thread.interrupted()) {
        throw new InterruptedException("data.filter interrupted");
      }
      if (condition.test(items.get(i), i)) {
        kept.add(items.get(i));
      }
    }
    return Items.output(kept);
  }
}
