package dev.altlas.tasks.builtin.fs;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.ReadableText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code fs.write} renders data. Text content is written as it is in every format. */
enum FileFormat {
  TEXT {
    @Override
    String renderData(Object content) {
      return ReadableText.render(content);
    }
  },
  JSON {
    @Override
    String renderData(Object content) {
      return Json.pretty(content) + "\n";
    }
  },
  YAML {
    @Override
    String renderData(Object content) {
      return Json.yaml(content);
    }
  },
  CSV {
    @Override
    String renderData(Object content) throws TaskFailure {
      Table table = Table.of(content);
      var out = new StringBuilder();
      line(table.columns(), out);
      table.rows().forEach(row -> line(row, out));
      return out.toString();
    }

    private static void line(List<String> cells, StringBuilder out) {
      out.append(cells.stream().map(FileFormat::csvCell).collect(Collectors.joining(",")));
      out.append('\n');
    }
  },
  MARKDOWN {
    @Override
    String renderData(Object content) throws TaskFailure {
      if (content instanceof List<?> list && list.stream().anyMatch(i -> i instanceof Map<?, ?>)) {
        return markdownTable(Table.of(content));
      }
      // Plain values and single objects read best as bullets.
      return ReadableText.render(content);
    }
  };

  static FileFormat parse(String name) throws TaskFailure {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("format", "must be one of text, json, yaml, csv, markdown");
    }
  }

  String render(Object content) throws TaskFailure {
    return content instanceof String text ? text : renderData(content);
  }

  abstract String renderData(Object content) throws TaskFailure;

  /**
   * RFC 4180 quoting: only when the cell holds a separator, a quote, a line break or edge spaces.
   */
  private static String csvCell(String cell) {
    boolean quote =
        cell.contains(",")
            || cell.contains("\"")
            || cell.contains("\n")
            || cell.contains("\r")
            || !cell.equals(cell.strip());
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  private static String markdownTable(Table table) {
    var out = new StringBuilder();
    markdownRow(table.columns(), out);
    markdownRow(table.columns().stream().map(c -> "---").toList(), out);
    table.rows().forEach(row -> markdownRow(row, out));
    return out.toString();
  }

  private static void markdownRow(List<String> cells, StringBuilder out) {
    out.append("| ");
    out.append(
        cells.stream()
            .map(c -> c.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>"))
            .collect(Collectors.joining(" | ")));
    out.append(" |\n");
  }
}
