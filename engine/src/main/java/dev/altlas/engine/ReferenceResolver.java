package dev.altlas.engine;

import dev.altlas.plan.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces {@code ${…}} references in parameter values with the values they point to. A string that
 * is exactly one reference becomes the referenced value with its type (a list stays a list);
 * references inside longer text are rendered into the text (JSON for lists and maps).
 */
final class ReferenceResolver {
  private static final Pattern ANY = Pattern.compile("\\$\\{[^}]*}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Function<String, Object> taskOutputs;
  private final Map<String, Object> inputs;
  private final Object item;
  private final boolean hasItem;

  /**
   * @param taskOutputs the output of a finished upstream task by id
   */
  ReferenceResolver(Function<String, Object> taskOutputs, Map<String, Object> inputs) {
    this(taskOutputs, inputs, null, false);
  }

  private ReferenceResolver(
      Function<String, Object> taskOutputs,
      Map<String, Object> inputs,
      Object item,
      boolean hasItem) {
    this.taskOutputs = taskOutputs;
    this.inputs = inputs;
    this.item = item;
    this.hasItem = hasItem;
  }

  ReferenceResolver withItem(Object newItem) {
    return new ReferenceResolver(taskOutputs, inputs, newItem, true);
  }

  /**
   * @throws UnresolvedReference naming the reference and why
   */
  Object resolve(Object value) {
    if (value instanceof String s) {
      return resolveText(s);
    }
    if (value instanceof Map<?, ?> map) {
      var out = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> out.put(String.valueOf(k), resolve(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      var out = new ArrayList<Object>(list.size());
      list.forEach(v -> out.add(resolve(v)));
      return out;
    }
    return value;
  }

  private Object resolveText(String s) {
    if (Reference.isWhole(s.trim())) {
      return lookup(Reference.findAll(s.trim()).get(0));
    }
    Matcher m = ANY.matcher(s);
    var sb = new StringBuilder();
    while (m.find()) {
      Object v = lookup(Reference.findAll(m.group()).get(0));
      m.appendReplacement(sb, Matcher.quoteReplacement(render(v)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private Object lookup(Reference ref) {
    return switch (ref.root()) {
      case TASKS -> walk(taskOutputs.apply(ref.name()), ref);
      case INPUTS -> {
        if (!inputs.containsKey(ref.name())) {
          throw new UnresolvedReference(
              ref.text() + ": no value was given for input '" + ref.name() + "'");
        }
        yield walk(inputs.get(ref.name()), ref);
      }
      case ITEM -> {
        if (!hasItem) {
          throw new UnresolvedReference(ref.text() + " is only available under for_each");
        }
        yield walk(item, ref);
      }
    };
  }

  private static Object walk(Object root, Reference ref) {
    Object current = root;
    for (String segment : ref.path()) {
      if (current instanceof Map<?, ?> map && map.containsKey(segment)) {
        current = map.get(segment);
      } else if (current instanceof List<?> list && segment.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(segment);
        if (index >= list.size()) {
          throw new UnresolvedReference(
              ref.text() + ": index " + index + " is past the end of a list of " + list.size());
        }
        current = list.get(index);
      } else if (current instanceof List<?> list) {
        // A field of a list means that field of every element: ${tasks.read.output.content}.
        var values = new ArrayList<Object>(list.size());
        for (Object element : list) {
          values.add(element instanceof Map<?, ?> m ? m.get(segment) : null);
        }
        current = values;
      } else {
        throw new UnresolvedReference(
            ref.text() + ": there is no '" + segment + "' in " + describe(current));
      }
    }
    return current;
  }

  private static String describe(Object v) {
    if (v instanceof Map<?, ?> map) {
      return "an object with fields " + map.keySet();
    }
    return v == null
        ? "an empty value"
        : "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  static String render(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      return JSON.writeValueAsString(v);
    }
    return String.valueOf(v);
  }

  /** A reference that cannot be resolved at run time. */
  static final class UnresolvedReference extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnresolvedReference(String message) {
      super(message);
    }
  }
}
