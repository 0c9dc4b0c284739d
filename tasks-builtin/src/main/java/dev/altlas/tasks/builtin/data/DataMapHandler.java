package dev.altlas.tasks.builtin.data;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * {@code data.map}: each item reshaped, either to the selected fields (keyed by their paths, a
 * missing field as null so that every item has the same shape) or to text from a template.
 */
public final class DataMapHandler implements TaskHandler {

  @Override
  public String type() {
    return "data.map";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure {
    Params params = context.params();
    List<Object> items = Items.read(params, "items");
    Optional<String> template = params.optionalString("template");
    boolean selects = params.get("select").isPresent();
    if (template.isPresent() == selects) {
      throw TaskFailure.badParam("select", "or template must be given, and not both");
    }
    var out = new ArrayList<Object>(items.size());
    if (template.isPresent()) {
      ItemTemplate t = ItemTemplate.parse(template.get());
      for (int i = 0; i < items.size(); i++) {
        out.add(t.render(items.get(i), i));
      }
      return Items.output(out);
    }
    List<FieldPath> fields = new ArrayList<>();
    for (Object f : params.list("select")) {
      if (!(f instanceof String name)) {
        throw TaskFailure.badParam("select", "must list field names");
      }
      fields.add(FieldPath.parse("select", name));
    }
    for (int i = 0; i < items.size(); i++) {
      var selected = new LinkedHashMap<String, Object>();
      for (FieldPath f : fields) {
        selected.put(f.text(), f.read(items.get(i), i));
      }
      out.add(selected);
    }
    return Items.output(out);
  }
}
