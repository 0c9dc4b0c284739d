package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the runner prototype's {@code ${NAME}} placeholders, which it filled from the
 * environment when a task ran, as plan inputs {@code ${inputs.name}}: the value still comes from
 * whoever runs the plan, and {@code .alt} would otherwise read the text as a malformed reference.
 */
final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*");

  private Placeholders() {}

  /**
   * @param inputs collects the inputs used: input name to the legacy placeholder it replaces
   */
  static Converted convert(Object value, Map<String, String> inputs) {
    if (value instanceof String s) {
      return text(s, inputs);
    }
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Converted c = convert(e.getValue(), inputs);
        if (!c.fits()) {
          return c;
        }
        copy.put(String.valueOf(e.getKey()), c.value());
      }
      return Converted.of(copy);
    }
    if (value instanceof List<?> list) {
      var copy = new ArrayList<Object>(list.size());
      for (Object element : list) {
        Converted c = convert(element, inputs);
        if (!c.fits()) {
          return c;
        }
        copy.add(c.value());
      }
      return Converted.of(copy);
    }
    return Converted.of(value);
  }

  private static Converted text(String s, Map<String, String> inputs) {
    if (!s.contains("${")) {
      return Converted.of(s);
    }
    var out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(s);
    int last = 0;
    while (m.find()) {
      if (!NAME.matcher(m.group(1)).matches()) {
        return Converted.unfit(
            "the value "
                + ParamValues.describe(s)
                + " holds "
                + m.group()
                + ", which is neither an environment placeholder nor a plan reference");
      }
      String name = inputName(m.group(1).strip());
      inputs.putIfAbsent(name, m.group());
      out.append(s, last, m.start()).append("${inputs.").append(name).append('}');
      last = m.end();
    }
    out.append(s, last, s.length());
    if (out.indexOf("${inputs.") < 0 || s.substring(last).contains("${")) {
      return Converted.unfit("the value " + ParamValues.describe(s) + " has an unclosed '${'");
    }
    return Converted.of(out.toString());
  }

  /** Input names are lower case and start with a letter; {@code API_KEY} becomes api_key. */
  private static String inputName(String placeholder) {
    String key = Folding.key(placeholder);
    return key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "env_" + key : key;
  }

  /** Makes a free text safe from being read as references; for texts that are only words. */
  static String defuse(String text) {
    return text.replace("${", "$ {");
  }
}
