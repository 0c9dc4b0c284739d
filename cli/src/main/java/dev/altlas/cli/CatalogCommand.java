package dev.altlas.cli;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.format.Suggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code altlas catalog}: the task types a plan may use, with their parameters. */
@Command(
    name = "catalog",
    sortOptions = false,
    description = {
      "Lists the task types a plan may use, with their parameters.",
      "For each parameter: its type, whether it is required (*), its default, allowed values and"
          + " what it means."
    },
    footer = {
      "Examples:",
      "  altlas catalog            every task type",
      "  altlas catalog ai         the task types of one category",
      "  altlas catalog fs.list    one task type",
      "  altlas catalog --json     all of it, for programs"
    })
final class CatalogCommand extends Subcommand {
  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Parameters(
      arity = "0..1",
      paramLabel = "TYPE",
      description = "A task type (e.g. fs.list) or a category (e.g. ai); all when omitted.")
  String type;

  @Override
  int execute() {
    TaskCatalog catalog = root.catalog();
    List<TaskType> selected = select(catalog);
    boolean one = selected.size() == 1 && type != null && type.equals(selected.get(0).type());
    if (json) {
      Object value =
          one
              ? toJson(selected.get(0))
              : Map.of("task_types", selected.stream().map(CatalogCommand::toJson).toList());
      printJson(Json.write(value) + System.lineSeparator());
      return ExitCodes.OK;
    }
    PrintWriter out = out();
    if (!one) {
      out.println(
          Documents.count(selected.size(), "task type")
              + "; * marks a required parameter. 'altlas catalog TYPE' shows one.");
      out.println();
    }
    for (int i = 0; i < selected.size(); i++) {
      if (i > 0) {
        out.println();
      }
      describe(selected.get(i), out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<TaskType> select(TaskCatalog catalog) {
    if (type == null) {
      return catalog.types();
    }
    var found = catalog.find(type);
    if (found.isPresent()) {
      return List.of(found.get());
    }
    List<TaskType> category =
        catalog.types().stream().filter(t -> t.category().equals(type)).toList();
    if (!category.isEmpty()) {
      return category;
    }
    var names = new ArrayList<String>();
    catalog.types().forEach(t -> names.add(t.type()));
    catalog.types().stream().map(TaskType::category).distinct().forEach(names::add);
    throw new ParameterException(
        spec.commandLine(),
        "unknown task type '"
            + type
            + "'"
            + Suggestion.among(type, names)
            + " 'altlas catalog' lists them all.");
  }

  /** Lines are wrapped to this width; descriptions continue under themselves. */
  static final int WIDTH = 100;

  /** A block of text per task type, aligned for a terminal. */
  static void describe(TaskType type, PrintWriter out) {
    String title = type.type() + (type.sideEffect() ? "  [side effect]" : "");
    out.println(title);
    wrap("  ", type.description(), out);
    int nameWidth = 0;
    for (ParamSpec p : type.params()) {
      nameWidth = Math.max(nameWidth, p.name().length() + (p.required() ? 1 : 0));
    }
    for (ParamSpec p : type.params()) {
      var text = new StringBuilder(p.description());
      if (p.defaultValue() != null) {
        text.append(" Default: ").append(p.defaultValue()).append('.');
      }
      if (!p.allowed().isEmpty()) {
        text.append(" One of: ").append(String.join(", ", p.allowed())).append('.');
      }
      if (p.min() != null) {
        text.append(" At least ").append(p.min()).append('.');
      }
      String name = p.name() + (p.required() ? "*" : "");
      wrap("    " + pad(name, nameWidth + 2) + pad(p.type().wireName(), 9), text.toString(), out);
    }
    if (!type.output().isEmpty()) {
      wrap("  output: ", type.output(), out);
    }
  }

  /** Prints {@code lead} and {@code text}, wrapped at {@link #WIDTH} under the text's start. */
  private static void wrap(String lead, String text, PrintWriter out) {
    String indent = " ".repeat(lead.length());
    var line = new StringBuilder(lead);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line.toString().stripTrailing());
  }

  private static Map<String, Object> toJson(TaskType type) {
    var map = new LinkedHashMap<String, Object>();
    map.put("type", type.type());
    map.put("category", type.category());
    map.put("description", type.description());
    map.put("side_effect", type.sideEffect());
    map.put("output", type.output());
    var params = new ArrayList<Map<String, Object>>();
    for (ParamSpec p : type.params()) {
      var param = new LinkedHashMap<String, Object>();
      param.put("name", p.name());
      param.put("type", p.type().wireName());
      param.put("required", p.required());
      param.put("description", p.description());
      if (p.defaultValue() != null) {
        param.put("default", p.defaultValue());
      }
      if (!p.allowed().isEmpty()) {
        param.put("allowed", p.allowed());
      }
      if (p.min() != null) {
        param.put("min", p.min());
      }
      params.add(param);
    }
    map.put("params", params);
    return map;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
