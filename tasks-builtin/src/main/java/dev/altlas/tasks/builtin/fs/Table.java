package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.ReadableText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Data laid out as rows and columns for CSV and Markdown: a list of objects gives one row each and
 * the union of their fields as columns (in first-seen order); a list of plain values gives one
 * {@code value} column; a single object gives one row.
 */
record Table(List<String> columns, List<List<String>> rows) {

  static Table of(Object content) throws TaskFailure {
    List<?> items = content instanceof Map<?, ?> m ? List.of(m) : asList(content);
    boolean objects = items.stream().anyMatch(i -> i instanceof Map<?, ?>);
    if (objects && !items.stream().allMatch(i -> i instanceof Map<?, ?>)) {
      throw TaskFailure.badParam(
          "content", "mixes objects and plain values; a table needs one kind");
    }
    if (!objects) {
      return new Table(
          List.of("value"), items.stream().map(i -> List.of(ReadableText.scalar(i))).toList());
    }
    var columns = new LinkedHashSet<String>();
    items.forEach(i -> ((Map<?, ?>) i).keySet().forEach(k -> columns.add(String.valueOf(k))));
    var rows = new ArrayList<List<String>>();
    for (Object item : items) {
      Map<?, ?> row = (Map<?, ?>) item;
      rows.add(columns.stream().map(c -> ReadableText.scalar(row.get(c))).toList());
    }
    return new Table(List.copyOf(columns), rows);
  }

  private static List<?> asList(Object content) throws TaskFailure {
    if (content instanceof List<?> list) {
      return list;
    }
    throw TaskFailure.badParam("content", "must be a list or an object to be written as a table");
  }
}
