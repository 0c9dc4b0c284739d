package dev.altlas.format;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string a YAML 1.2 reader would take for a number ({@code 1e3}, {@code .5}, {@code
 * +7}, {@code .inf}), not only the forms Jackson's own check knows (which changed between
 * versions), so that written strings read back as strings.
 */
final class NumberLikeQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  private static final Pattern NUMBER =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
              + "|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || NUMBER.matcher(value).matches();
  }
}
