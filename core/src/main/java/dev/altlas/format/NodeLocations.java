package dev.altlas.format;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Finds where in the source text a path like {@code tasks[2].params.path} was written; falls back
 * to the nearest enclosing node that exists.
 */
final class NodeLocations {
  private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");

  private NodeLocations() {}

  static Problem locate(JsonNode root, Problem problem) {
    if (problem.line() != null) {
      return problem;
    }
    return location(root, problem.path())
        .map(l -> problem.withLocation(l.getLineNr(), l.getColumnNr()))
        .orElse(problem);
  }

  private static Optional<TokenStreamLocation> location(JsonNode root, String path) {
    JsonNode node = root;
    TokenStreamLocation best = of(root);
    Matcher m = SEGMENT.matcher(path);
    while (m.find() && node != null) {
      node = m.group(1) != null ? node.get(Integer.parseInt(m.group(1))) : node.get(m.group(2));
      TokenStreamLocation here = node == null ? null : of(node);
      if (here != null) {
        best = here;
      }
    }
    return Optional.ofNullable(best).filter(l -> l.getLineNr() > 0);
  }

  private static TokenStreamLocation of(JsonNode node) {
    return node instanceof TokenStreamLocationAware aware ? aware.tokenStreamLocation() : null;
  }
}
