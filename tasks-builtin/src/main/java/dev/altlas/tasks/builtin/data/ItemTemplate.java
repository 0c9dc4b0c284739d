package dev.altlas.tasks.builtin.data;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.ReadableText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text built per item: {@code ${item.name}} is the item's field, {@code ${item}} the item itself; a
 * missing field is empty. Other {@code ${…}} stay as they are.
 */
final class ItemTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{item(?:\\.([^}]+))?}");

  private final List<String> literals;
  private final List<FieldPath> fields;

  private ItemTemplate(List<String> literals, List<FieldPath> fields) {
    this.literals = literals;
    this.fields = fields;
  }

  static ItemTemplate parse(String template) throws TaskFailure {
    var literals = new ArrayList<String>();
    var fields = new ArrayList<FieldPath>();
    Matcher m = PLACEHOLDER.matcher(template);
    int end = 0;
    while (m.find()) {
      literals.add(template.substring(end, m.start()));
      fields.add(
          m.group(1) == null
              ? FieldPath.parse("template", ".")
              : FieldPath.parse("template", m.group(1)));
      end = m.end();
    }
    literals.add(template.substring(end));
    return new ItemTemplate(List.copyOf(literals), List.copyOf(fields));
  }

  String render(Object item, int index) throws TaskFailure {
    var out = new StringBuilder(literals.getFirst());
    for (int i = 0; i < fields.size(); i++) {
      out.append(ReadableText.scalar(fields.get(i).read(item, index)));
      out.append(literals.get(i + 1));
    }
    return out.toString();
  }
}
