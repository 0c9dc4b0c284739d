package dev.altlas.segmentation;

import java.util.List;
import java.util.Locale;

/**
 * A program a clause wants run: text in backticks ("`make test`"), a script ("./backup.sh"), or,
 * failing those, quoted text ('run "npm ci"').
 */
final class ProgramExtractor {
  private static final List<String> SCRIPT_EXTENSIONS =
      List.of(".sh", ".bash", ".py", ".ps1", ".bat", ".rb", ".pl", ".js");

  String extract(Clause clause) {
    List<String> programs = clause.literals(Literal.Kind.PROGRAM);
    if (!programs.isEmpty()) {
      return programs.get(0);
    }
    for (String path : clause.literals(Literal.Kind.PATH)) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (SCRIPT_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
        return path;
      }
    }
    List<String> quoted = clause.literals(Literal.Kind.QUOTED);
    return quoted.isEmpty() ? null : quoted.get(0);
  }
}
